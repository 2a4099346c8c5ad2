package org.opsdesk.notification.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opsdesk.notification.application.NoticeLog;
import org.opsdesk.notification.domain.Notice;
import org.opsdesk.notification.domain.SubjectType;
import org.opsdesk.notification.domain.Urgency;
import org.opsdesk.notification.rest.CommunicationsResource.CommunicationView;
import org.opsdesk.platform.rest.QueryValues;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;

@Path("/api/v1/notices")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Notices", description = "Personal notices: each fact told to each person, with its deliveries per channel")
public class NoticeResource {

    private static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final NoticeLog log;

    NoticeResource(NoticeLog log) {
        this.log = log;
    }

    /** One fact told to one person; {@code known} false: the directory did not know them and the service desk was told. */
    public record NoticeItem(UUID id, String type, Urgency urgency, SubjectType subjectType, UUID subjectId,
                             @Schema(description = "the number of what it is about: INC-…, MI-…, the review's or proposal's") String reference,
                             @Schema(description = "the login, or the address or name the event gave when unknown") String recipient,
                             @Schema(nullable = true) String recipientName, boolean known, String headline, Instant createdAt,
                             List<CommunicationView> deliveries) {
        static NoticeItem of(NoticeLog.Entry entry) {
            Notice n = entry.notice();
            return new NoticeItem(n.id(), n.noticeType(), n.urgency(), n.subjectType(), n.subjectId(), n.reference(), n.recipient(),
                    n.recipientName(), n.known(), n.headline(), n.createdAt(),
                    entry.deliveries().stream().map(CommunicationView::of).toList());
        }
    }

    @GET
    @Operation(operationId = "listNotices", summary = "Personal notices, newest first, with their deliveries; filters subjectId, recipient, type")
    @RolesAllowed(Access.NOTICE_READERS)
    public Page<NoticeItem> list(@Valid @BeanParam PageRequest page,
                                 @QueryParam("subjectId") @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String subjectId,
                                 @QueryParam("recipient") @Size(max = 320) String recipient,
                                 @QueryParam("type") @Pattern(regexp = "[a-z-]+\\.[a-z-]+", message = "must be a notice type such as incident.sla-breached") String type) {
        return log.list(QueryValues.uuid("subjectId", subjectId), recipient, type, page).map(NoticeItem::of);
    }
}
