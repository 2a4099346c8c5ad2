package org.opsdesk.notification.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opsdesk.notification.application.PlanQueries;
import org.opsdesk.notification.application.PlanService;
import org.opsdesk.notification.domain.Channel;
import org.opsdesk.notification.domain.CommunicationPlan;
import org.opsdesk.notification.domain.PlanAudience;
import org.opsdesk.notification.domain.PlanStatus;
import org.opsdesk.notification.domain.Recipient;
import org.opsdesk.notification.domain.SubjectType;
import org.opsdesk.notification.domain.WebhookFormat;

@Path("/api/v1/major-incidents/{id}/communication-plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Communication plans", description = "Who is told what, how and how often about a major incident (CO-1)")
public class CommunicationPlanResource {

    private final PlanService plans;
    private final PlanQueries queries;

    CommunicationPlanResource(PlanService plans, PlanQueries queries) {
        this.plans = plans;
        this.queries = queries;
    }

    public record PlanRequest(@NotEmpty List<@Valid @NotNull AudienceEntry> audiences) {
    }

    public record AudienceEntry(@NotBlank @Pattern(regexp = ContactResource.KEY, message = ContactResource.KEY_RULE) String audience,
                                @NotBlank @Size(max = 200) String name, @Size(max = 200) String communicator,
                                @NotNull Channel channel, @NotNull Duration cadence, List<@NotBlank String> members,
                                List<@NotBlank @Size(max = 100) String> topics,
                                @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String webhookUrl,
                                WebhookFormat webhookFormat, @Size(max = 64) String organisation) {
        PlanAudience toPlanAudience() {
            return new PlanAudience(audience, name, communicator, channel, cadence, members, topics, webhookUrl,
                    webhookFormat == null ? WebhookFormat.SLACK : webhookFormat, organisation);
        }
    }

    public record PlanView(UUID majorIncidentId, String reference, String title,
                           @Schema(implementation = PlanStatus.class) String status, Instant createdAt,
                           Instant resolvedAt, List<AudienceView> audiences) {
    }

    public record AudienceView(String audience, String name, String communicator, Channel channel, String cadence,
                               List<String> members, List<String> topics, String webhookUrl, WebhookFormat webhookFormat,
                               String organisation, List<Recipient> recipients, Instant nextUpdateAt) {
    }

    @GET
    @Operation(operationId = "getCommunicationPlan",
            summary = "Show the plan: audiences, members, channels, cadence and each audience's next update")
    @RolesAllowed(Access.PLAN_READERS)
    public PlanView get(@PathParam("id") UUID majorIncidentId) {
        return view(plans.get(SubjectType.MAJOR_INCIDENT, majorIncidentId));
    }

    @PUT
    @Operation(operationId = "putCommunicationPlan",
            summary = "Adjust audiences, members, channels and cadence; new audiences get an update at once")
    @RolesAllowed(Access.PLAN_EDITORS)
    public PlanView put(@PathParam("id") UUID majorIncidentId, @Valid @NotNull PlanRequest request) {
        return view(plans.adjust(majorIncidentId, request.audiences().stream().map(AudienceEntry::toPlanAudience).toList()));
    }

    private PlanView view(CommunicationPlan plan) {
        Map<String, Instant> next = queries.nextUpdates(plan);
        Map<String, List<Recipient>> recipients = plan.audiences().stream()
                .collect(Collectors.toMap(PlanAudience::audience, queries::recipients));
        return new PlanView(plan.subjectId(), plan.reference(), plan.title(), plan.status().name(), plan.createdAt(), plan.resolvedAt(),
                plan.audiences().stream().map(a -> new AudienceView(a.audience(), a.name(), a.communicator(), a.channel(),
                        a.cadence().toString(), a.members(), a.topics(), a.webhookUrl(), a.webhookFormat(), a.organisation(),
                        recipients.get(a.audience()), next.get(a.audience()))).toList());
    }
}
