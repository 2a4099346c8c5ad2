package org.opsdesk.review.application;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;
import org.opsdesk.platform.errors.InvalidFieldException;
import org.opsdesk.review.domain.ServiceMetrics;
import org.opsdesk.review.persistence.MetricsRepository;

/**
 * Compliance reporting (RV-6): MTTA, MTTR, SLA compliance, major incidents, review timeliness, action items.
 * The same figures over the last {@link #GAUGE_WINDOW} are Prometheus gauges, refreshed by the job.
 */
@ApplicationScoped
public class MetricsService {

    static final Duration GAUGE_WINDOW = Duration.ofDays(30);

    private final MetricsRepository metrics;
    private final Clock clock;
    private final AtomicReference<ServiceMetrics> latest = new AtomicReference<>();

    MetricsService(MetricsRepository metrics, Clock clock, MeterRegistry registry) {
        this.metrics = metrics;
        this.clock = clock;
        gauge(registry, "opsdesk.review.mtta.seconds", "Mean time to acknowledge, last 30 days", m -> value(m.mttaSeconds()));
        gauge(registry, "opsdesk.review.mttr.seconds", "Mean time to resolve, last 30 days", m -> value(m.mttrSeconds()));
        Gauge.builder("opsdesk.review.sla.compliance.percent", latest, r -> r.get() == null ? Double.NaN
                        : value(r.get().sla().response().compliancePercent()))
                .tag("target", "response").description("SLA compliance, last 30 days").register(registry);
        Gauge.builder("opsdesk.review.sla.compliance.percent", latest, r -> r.get() == null ? Double.NaN
                        : value(r.get().sla().resolution().compliancePercent()))
                .tag("target", "resolution").description("SLA compliance, last 30 days").register(registry);
        gauge(registry, "opsdesk.review.major.incidents", "Major incidents declared, last 30 days", m -> m.majorIncidents());
        gauge(registry, "opsdesk.review.timeliness.percent", "Deliverables distributed on time, last 30 days",
                m -> value(m.reviews().onTimePercent()));
        Gauge.builder("opsdesk.review.action.items", latest, r -> r.get() == null ? Double.NaN : r.get().actionItems().open())
                .tag("state", "open").description("Action items").register(registry);
        Gauge.builder("opsdesk.review.action.items", latest, r -> r.get() == null ? Double.NaN : r.get().actionItems().overdue())
                .tag("state", "overdue").description("Action items").register(registry);
    }

    /** @param from inclusive, default 30 days before {@code to}; @param to exclusive, default now */
    @Transactional
    public ServiceMetrics of(Instant from, Instant to, String service, String priority) {
        Instant now = clock.instant();
        Instant end = to != null ? to : now;
        Instant start = from != null ? from : end.minus(GAUGE_WINDOW);
        if (!start.isBefore(end)) {
            throw new InvalidFieldException("from", "must be before to");
        }
        return metrics.metrics(start, end, blankToNull(service), blankToNull(priority), now);
    }

    /** Recomputes the gauges; called by the job. */
    @Transactional
    public ServiceMetrics refreshGauges(Instant now) {
        ServiceMetrics current = metrics.metrics(now.minus(GAUGE_WINDOW), now, null, null, now);
        latest.set(current);
        return current;
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<ServiceMetrics> value) {
        Gauge.builder(name, latest, r -> r.get() == null ? Double.NaN : value.applyAsDouble(r.get()))
                .description(description).register(registry);
    }

    private static double value(Double value) {
        return value == null ? Double.NaN : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
