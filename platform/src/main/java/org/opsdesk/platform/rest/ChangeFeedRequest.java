package org.opsdesk.platform.rest;

import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opsdesk.platform.errors.InvalidFieldException;

/**
 * The change-feed query parameters of a list ({@code updatedSince}, {@code afterId}): with them the list holds what
 * changed since an instant, ordered by {@code updatedAt} then {@code id}, so another tool can stay in sync without
 * Kafka. Paging rule: pass the last item's {@code updatedAt} as {@code updatedSince} and its {@code id} as
 * {@code afterId} for the next page (a keyset, so a change during the read neither skips nor repeats an item).
 */
public class ChangeFeedRequest {

    @QueryParam("updatedSince")
    @Parameter(description = "Only items changed at or after this instant (ISO-8601, e.g. 2026-12-01T10:00:00Z), oldest change "
            + "first; for the next page pass the last item's updatedAt here and its id as afterId")
    @Schema(type = SchemaType.STRING, format = "date-time")
    String updatedSince;

    @QueryParam("afterId")
    @Parameter(description = "With updatedSince: skip the items changed at exactly updatedSince up to and including this id "
            + "(the last item of the previous page)")
    @Schema(type = SchemaType.STRING, format = "uuid")
    String afterId;

    public static ChangeFeedRequest of(String updatedSince, String afterId) {
        ChangeFeedRequest request = new ChangeFeedRequest();
        request.updatedSince = updatedSince;
        request.afterId = afterId;
        return request;
    }

    /** The instant, or null when the list is not a change feed. */
    public Instant since() {
        if (updatedSince == null || updatedSince.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(updatedSince.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("updatedSince", "must be an ISO-8601 instant such as 2026-12-01T10:00:00Z");
        }
    }

    /** The id after which items changed at exactly {@link #since()} start, or null. */
    public UUID afterId() {
        if (afterId == null || afterId.isBlank()) {
            return null;
        }
        if (since() == null) {
            throw new InvalidFieldException("afterId", "is only meaningful with updatedSince");
        }
        return QueryValues.uuid("afterId", afterId);
    }
}
