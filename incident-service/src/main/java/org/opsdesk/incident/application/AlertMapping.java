package org.opsdesk.incident.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.opsdesk.incident.config.IncidentConfig;
import org.opsdesk.incident.domain.Contact;
import org.opsdesk.incident.domain.IncidentDraft;
import org.opsdesk.incident.domain.Source;
import org.opsdesk.incident.domain.Urgency;
import org.opsdesk.incident.domain.alert.AlertSignal;
import org.opsdesk.platform.text.Text;

/** The configured mapping of alert labels to an incident: service, impact, urgency, customer (IN-17). */
@ApplicationScoped
public class AlertMapping {

    private final IncidentConfig.Alerts config;
    private final ReferenceCache reference;

    AlertMapping(IncidentConfig config, ReferenceCache reference) {
        this.config = config.alerts();
        this.reference = reference;
    }

    public IncidentDraft draft(AlertSignal signal, Instant now) {
        String severity = signal.severity() != null ? signal.severity() : signal.labels().get(config.severityLabel());
        String named = signal.service() != null ? signal.service()
                : config.serviceLabels().stream().map(signal.labels()::get).filter(v -> v != null && !v.isBlank()).findFirst()
                        .orElse(signal.defaults().service());
        String service = named == null ? null : config.serviceMap().getOrDefault(named, named);
        boolean known = service != null && reference.current().inCatalog(service);
        Instant receivedAt = signal.startedAt() == null || signal.startedAt().isAfter(now) ? now : signal.startedAt();
        String summary = signal.summary() == null || signal.summary().isBlank() ? "Alert " + signal.dedupKey() : signal.summary();
        return new IncidentDraft(Source.MONITORING, Text.clip(summary, 200), description(signal, named, known),
                impact(severity), urgency(severity), null, known ? List.of(service) : List.of(),
                customer(signal), new Contact(signal.sender(), null, null), receivedAt, null, true, signal.group());
    }

    private String customer(AlertSignal signal) {
        String labelled = signal.labels().get(config.customerLabel());
        return labelled != null && !labelled.isBlank() ? labelled : signal.defaults().customerOrg();
    }

    int impact(String severity) {
        if (severity == null) {
            return config.defaultImpact();
        }
        String key = severity.strip().toLowerCase(Locale.ROOT);
        if (key.matches("[1-4]")) {
            return Integer.parseInt(key);
        }
        return config.impact().getOrDefault(key, config.defaultImpact());
    }

    Urgency urgency(String severity) {
        return severity == null ? config.defaultUrgency()
                : config.urgency().getOrDefault(severity.strip().toLowerCase(Locale.ROOT), config.defaultUrgency());
    }

    private static String description(AlertSignal signal, String named, boolean known) {
        StringBuilder text = new StringBuilder(signal.description() == null ? "" : signal.description());
        if (named != null && !known) {
            text.append(text.isEmpty() ? "" : "\n\n").append("Service '").append(named).append("' is not in the catalog.");
        }
        if (!signal.labels().isEmpty()) {
            String labels = new TreeMap<>(signal.labels()).entrySet().stream().map(Map.Entry::toString).collect(Collectors.joining(", "));
            text.append(text.isEmpty() ? "" : "\n\n").append("Alert labels: ").append(labels);
        }
        return text.isEmpty() ? null : text.toString();
    }
}
