package org.opsdesk.incident.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import org.opsdesk.incident.domain.alert.AlertSignal;
import org.opsdesk.incident.domain.alert.AlertSource;

/**
 * {@code opsdesk_alerts_received_total{integration, outcome}}: the alerts taken, by the integration that posted them
 * (alertmanager, pagerduty, generic) and what became of them. Every series exists from the start (at 0), so the
 * first alert of a kind is an increase to Prometheus.
 */
@Startup
@ApplicationScoped
public class AlertCounts {

    private final MeterRegistry registry;

    AlertCounts(MeterRegistry registry) {
        this.registry = registry;
        for (AlertSource source : AlertSource.values()) {
            for (AlertIntake.Outcome outcome : AlertIntake.Outcome.values()) {
                counter(source, outcome);
            }
        }
    }

    /** Counts what {@link AlertIntake#receive} committed: {@code results} in the order of {@code signals}. */
    public void count(List<AlertSignal> signals, List<AlertIntake.Result> results) {
        for (int i = 0; i < signals.size(); i++) {
            counter(signals.get(i).source(), results.get(i).outcome()).increment();
        }
    }

    private Counter counter(AlertSource source, AlertIntake.Outcome outcome) {
        return registry.counter("opsdesk.alerts.received", "integration", source.name().toLowerCase(Locale.ROOT),
                "outcome", outcome.name().toLowerCase(Locale.ROOT));
    }
}
