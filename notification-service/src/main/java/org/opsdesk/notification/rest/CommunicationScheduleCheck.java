package org.opsdesk.notification.rest;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.opsdesk.notification.application.CommunicationAudit;

/**
 * The missed-notification watchdog as a health check (/q/health/well and /q/health): DOWN while an active plan's next
 * update is overdue or an active audience has no update scheduled. A wellness check, so a stuck gateway does not
 * take the service out of load balancing.
 */
@Wellness
@ApplicationScoped
public class CommunicationScheduleCheck implements HealthCheck {

    private final CommunicationAudit audit;
    private final Clock clock;

    CommunicationScheduleCheck(CommunicationAudit audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public HealthCheckResponse call() {
        List<CommunicationAudit.Finding> findings = audit.audit(clock.instant());
        HealthCheckResponseBuilder response = HealthCheckResponse.named("communication-schedule").status(findings.isEmpty())
                .withData("findings", findings.size());
        if (!findings.isEmpty()) {
            response.withData("details", findings.stream().limit(20)
                    .map(f -> (f.reference() != null ? f.reference() : f.subjectId()) + " " + f.audience() + ": " + f.problem())
                    .collect(Collectors.joining("; ")));
        }
        return response.build();
    }
}
