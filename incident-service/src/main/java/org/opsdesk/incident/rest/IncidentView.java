package org.opsdesk.incident.rest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opsdesk.incident.application.IncidentDetails;
import org.opsdesk.incident.domain.Contact;
import org.opsdesk.incident.domain.ContactMethod;
import org.opsdesk.incident.domain.Incident;
import org.opsdesk.incident.domain.IncidentStatus;
import org.opsdesk.incident.domain.Priority;
import org.opsdesk.incident.domain.ResolutionType;
import org.opsdesk.incident.domain.SlaClock;
import org.opsdesk.incident.domain.SlaHours;
import org.opsdesk.incident.domain.SlaTarget;
import org.opsdesk.incident.domain.Source;
import org.opsdesk.incident.domain.UnconfirmedReason;
import org.opsdesk.incident.domain.Urgency;
import org.opsdesk.incident.domain.reference.HelpDesk;
import org.opsdesk.incident.domain.reference.KnownError;

/**
 * An incident as the API shows it; {@code createdAt} is the received time, as in the events. {@code alertGroup}: the
 * alert group of the alert that opened it; {@code requestedSeverity}: a customer's self-service severity the desk has
 * not yet confirmed (004 §3.3), null otherwise.
 */
@Schema(requiredProperties = {"id", "number", "status", "source", "summary", "severity", "urgency", "priority", "serviceIds",
        "significantService", "createdAt", "receivedAt", "managementLevel", "sla", "reopenCount", "openedByAlert",
        "allowedCommands", "version", "possibleDuplicates", "knownErrorSuggestions"})
public record IncidentView(UUID id, @Schema(example = "INC-0000042") String number,
                           @Schema(implementation = IncidentStatus.class) String status,
                           @Schema(implementation = Source.class) String source,
                           @Schema(example = "Payroll portal returns 502 for every user") String summary, String description,
                           int severity, @Schema(implementation = Urgency.class) String urgency,
                           @Schema(implementation = Priority.class) String priority, String category,
                           List<String> serviceIds,
                           boolean significantService, String customerOrg, Contact reporter, Instant createdAt,
                           Instant receivedAt, Instant loggedAt, String loggedBy, String assignedTeam, String assignee,
                           int managementLevel, Sla sla, Resolution resolution, HelpDeskView referredTo, Instant closedAt,
                           String closedBy, String closeReason, int reopenCount, UUID majorIncidentId, UUID followUpOf,
                           boolean openedByAlert, String alertGroup, Integer requestedSeverity,
                           List<String> allowedCommands, long version,
                           List<Related> possibleDuplicates, List<Suggestion> knownErrorSuggestions, Instant updatedAt) {

    @Schema(requiredProperties = {"hours", "responseTarget", "resolutionTarget", "paused", "responseBreached", "resolutionBreached"})
    public record Sla(@Schema(implementation = SlaHours.class) String hours, Duration responseTarget,
                      Duration resolutionTarget, Instant responseDueAt,
                      Instant resolutionDueAt, Instant respondedAt, boolean paused, boolean responseBreached,
                      boolean resolutionBreached) {
        static Sla of(SlaClock c) {
            return new Sla(c.hours().name(), c.responseTarget(), c.resolutionTarget(), c.dueAt(SlaTarget.RESPONSE),
                    c.dueAt(SlaTarget.RESOLUTION), c.respondedAt(), c.pausedAt() != null, c.breached(SlaTarget.RESPONSE),
                    c.breached(SlaTarget.RESOLUTION));
        }
    }

    /** {@code customerConfirmed}, and how ({@code confirmationMethod}) or why not ({@code unconfirmedReason}); both null for a referral. */
    public record Resolution(@Schema(implementation = ResolutionType.class) String resolutionType, String resolution,
                             Instant resolvedAt, String resolvedBy,
                             Instant disputeDeadline, Instant autoCloseAt, boolean customerConfirmed,
                             ContactMethod confirmationMethod, UnconfirmedReason unconfirmedReason) {
    }

    public record HelpDeskView(String id, String name, String phone, String email, String url, String hours) {
        static HelpDeskView of(HelpDesk d) {
            return d == null ? null : new HelpDeskView(d.id(), d.name(), d.phone(), d.email(), d.url(), d.hours());
        }
    }

    public record Related(UUID id, String number,
                          @Schema(implementation = IncidentStatus.class) String status, String summary,
                          List<String> serviceIds, Instant createdAt) {
        static Related of(Incident i) {
            return new Related(i.id(), i.number(), i.status().name(), i.summary(), i.serviceIds(), i.receivedAt());
        }
    }

    public record Suggestion(UUID id, String title, String workaround) {
        static Suggestion of(KnownError k) {
            return new Suggestion(k.id(), k.title(), k.workaround());
        }
    }

    static IncidentView of(Incident i) {
        return of(new IncidentDetails(i, List.of(), List.of(), null));
    }

    static IncidentView of(IncidentDetails details) {
        Incident i = details.incident();
        Resolution resolution = i.resolvedAt() == null ? null : new Resolution(
                i.resolutionType() == null ? null : i.resolutionType().name(), i.resolution(), i.resolvedAt(), i.resolvedBy(),
                i.disputeDeadline(), i.autoCloseAt(), i.confirmationMethod() != null, i.confirmationMethod(), i.unconfirmedReason());
        return new IncidentView(i.id(), i.number(), i.status().name(), i.source().name(), i.summary(), i.description(),
                i.severity(), i.urgency().name(), i.priority().name(), i.category(), i.serviceIds(), i.significantService(),
                i.customerOrg(), i.reporter(), i.receivedAt(), i.receivedAt(), i.loggedAt(), i.loggedBy(), i.assignedTeam(),
                i.assignee(), i.managementLevel(), Sla.of(i.sla()), resolution, HelpDeskView.of(details.referredTo()),
                i.closedAt(), i.closedBy(), i.closeReason(), i.reopenCount(), i.majorIncidentId(), i.followUpOf(),
                i.openedByAlert(), i.alertGroup(), i.requestedSeverity(), i.status().allowedLabels(), i.version(),
                details.possibleDuplicates().stream().map(Related::of).toList(),
                details.knownErrorSuggestions().stream().map(Suggestion::of).toList(), i.updatedAt());
    }
}
