package org.opsdesk.incident.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opsdesk.incident.domain.Priority;
import org.opsdesk.incident.persistence.ReportRepository;
import org.opsdesk.incident.persistence.ReportRepository.SlaCounts;
import org.opsdesk.platform.errors.AccessDeniedException;
import org.opsdesk.platform.errors.InvalidFieldException;

/** SLA compliance per priority for one organisation or all (IN-9): how many response and resolution targets were met. */
@ApplicationScoped
public class SlaReportService {

    public record Compliance(long met, long missed, Double percentMet) {
        static Compliance of(long met, long missed) {
            return new Compliance(met, missed, met + missed == 0 ? null : Math.round(1000.0 * met / (met + missed)) / 10.0);
        }
    }

    public record Row(Priority priority, long incidents, Compliance response, Compliance resolution) {
    }

    public record Report(String customerOrg, Instant from, Instant to, Instant generatedAt, List<Row> priorities,
                         Row total) {
    }

    private final ReportRepository reports;
    private final Clock clock;

    SlaReportService(ReportRepository reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    /** Incidents received in [from, to); a target neither met nor yet due counts in neither figure. */
    public Report slaCompliance(String customerOrg, Instant from, Instant to, Caller caller) {
        if (!from.isBefore(to)) {
            throw new InvalidFieldException("to", "must be after from");
        }
        if (caller.scopedToOrganisation() && caller.org() == null) {
            throw new AccessDeniedException("a customer's token must name its organisation (claim org)");
        }
        String org = caller.scopedToOrganisation() ? caller.org() : customerOrg;
        Instant now = Moments.now(clock);
        Map<Priority, SlaCounts> counts = reports.slaCounts(org, from, to, now).stream()
                .collect(Collectors.toMap(SlaCounts::priority, Function.identity()));
        List<Row> rows = Arrays.stream(Priority.values())
                .map(p -> row(p, counts.getOrDefault(p, new SlaCounts(p, 0, 0, 0, 0, 0))))
                .toList();
        SlaCounts sum = counts.values().stream().reduce(new SlaCounts(null, 0, 0, 0, 0, 0), (a, b) -> new SlaCounts(null,
                a.total() + b.total(), a.responseMet() + b.responseMet(), a.responseMissed() + b.responseMissed(),
                a.resolutionMet() + b.resolutionMet(), a.resolutionMissed() + b.resolutionMissed()));
        return new Report(org, from, to, now, rows, row(null, sum));
    }

    private static Row row(Priority priority, SlaCounts c) {
        return new Row(priority, c.total(), Compliance.of(c.responseMet(), c.responseMissed()),
                Compliance.of(c.resolutionMet(), c.resolutionMissed()));
    }
}
