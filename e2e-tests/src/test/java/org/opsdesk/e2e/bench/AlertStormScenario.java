package org.opsdesk.e2e.bench;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario 2: Alertmanager webhook v4 payloads of 50 alerts each, from a pool of 1,000 distinct fingerprints in 20
 * alert groups that Alertmanager re-sends (same firing, same startsAt), posted by a fixed number of connections.
 * Each run uses fingerprints of its own, so "exactly 1,000 incidents" is checked per run in the database.
 */
final class AlertStormScenario {

    static final String NAME = "2 alert storm";
    static final int FINGERPRINTS = 1_000;
    static final int PER_PAYLOAD = 50;

    private AlertStormScenario() {
    }

    static List<byte[]> payloads(String runTag, int fingerprints, String severity) {
        String startsAt = Instant.now().minusSeconds(300).toString();
        List<byte[]> payloads = new ArrayList<>();
        for (int group = 0; group < fingerprints / PER_PAYLOAD; group++) {
            List<Map<String, Object>> alerts = new ArrayList<>();
            for (int j = 0; j < PER_PAYLOAD; j++) {
                int i = group * PER_PAYLOAD + j;
                alerts.add(alert(runTag, i, "BenchDiskFull" + group, "host-" + i + ":9100", severity, startsAt,
                        "Disk almost full on host-" + i, "Filesystem /var on host-" + i + " is 95% full."));
            }
            payloads.add(Api.bytes(payload("BenchDiskFull" + group, alerts, severity)));
        }
        return payloads;
    }

    static Map<String, Object> alert(String runTag, int i, String alertname, String instance, String severity, String startsAt,
                                     String summary, String description) {
        Map<String, Object> alert = new LinkedHashMap<>();
        alert.put("status", "firing");
        alert.put("labels", Map.of("alertname", alertname, "instance", instance, "job", "node", "severity", severity,
                "service", "bench-storage"));
        alert.put("annotations", Map.of("summary", summary, "description", description));
        alert.put("startsAt", startsAt);
        alert.put("endsAt", "0001-01-01T00:00:00Z");
        alert.put("generatorURL", "http://prometheus:9090/graph?g0.expr=disk_used_ratio");
        alert.put("fingerprint", fingerprint(runTag, i));
        return alert;
    }

    static Map<String, Object> payload(String alertname, List<Map<String, Object>> alerts, String severity) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("receiver", "opsdesk");
        payload.put("status", "firing");
        payload.put("alerts", alerts);
        payload.put("groupLabels", Map.of("alertname", alertname));
        payload.put("commonLabels", Map.of("alertname", alertname, "job", "node", "severity", severity));
        payload.put("commonAnnotations", Map.of());
        payload.put("externalURL", "http://alertmanager:9093");
        payload.put("version", "4");
        payload.put("groupKey", "{}:{alertname=\"" + alertname + "\"}");
        payload.put("truncatedAlerts", 0);
        return payload;
    }

    /** 16 hex digits like Alertmanager's, beginning with the run's tag. */
    static String fingerprint(String runTag, int i) {
        return runTag + String.format("%012x", i);
    }

    static void run(Phase phase, List<BenchService> replicas, Settings settings, Results results, String variant, String authorization)
            throws SQLException {
        for (int run = 1; run <= settings.runs(); run++) {
            String tag = String.format("%04x", (int) (System.nanoTime() & 0xffff));
            List<byte[]> payloads = payloads(tag, FINGERPRINTS, "warning");
            double cpuBefore = IntakeScenario.cpu(replicas);
            HttpLoad.Result result = HttpLoad.run(Phase.addresses(replicas), settings.stormConnections(), settings.warmup(),
                    settings.stormDuration(), (connection, n) -> new HttpLoad.Request("/api/v1/alerts/alertmanager", authorization,
                            payloads.get((int) ((connection + n * settings.stormConnections()) % payloads.size()))));
            double cpuMs = (IntakeScenario.cpu(replicas) - cpuBefore) * 1000 / Math.max(1, result.completedWithWarmup() * PER_PAYLOAD);
            long ok = result.statuses().entrySet().stream().filter(e -> e.getKey() < 300).mapToLong(Map.Entry::getValue).sum();
            double alertsPerSecond = ok * PER_PAYLOAD / result.seconds();
            long incidents = IntakeScenario.count(phase, "select count(distinct a.incident_id) from monitored_alert a"
                    + " where a.dedup_key like '%" + tag + "%'");
            long opened = IntakeScenario.count(phase, "select count(*) from incident i where i.opened_by_alert and exists"
                    + " (select 1 from monitored_alert a where a.incident_id = i.id and a.dedup_key like '%" + tag + "%')");
            long fiveHundreds = result.status5xx();
            long rateLimited = result.statuses().getOrDefault(503, 0L); // Alertmanager's route answers the rate limit 503 (issue 14)
            Bench.log("%s run %d (%s): %.0f alerts/s, p99 %.0f ms per payload, %d incidents (%d opened by alerts), %d 5xx/failed,"
                            + " %d posts answered 503 (the source's rate limit or the database; counted in 5xx too)",
                    NAME, run, variant, alertsPerSecond, result.latencies().percentileMs(99), incidents, opened, fiveHundreds, rateLimited);
            results.row(NAME, variant, "posts answered 503 (rate limit or database, retried by Alertmanager)", "count").add(rateLimited);
            results.row(NAME, variant, "alerts processed", "alerts/s").add(alertsPerSecond)
                    .target("≥ 5,000", v -> v >= 5_000);
            results.row(NAME, variant, "incidents at the end", "count").add(opened)
                    .target("exactly 1,000", v -> v == FINGERPRINTS);
            results.row(NAME, variant, "5xx or failed posts", "count").add(fiveHundreds).target("0", v -> v == 0);
            results.row(NAME, variant, "service CPU per alert", "ms").add(cpuMs);
            results.row(NAME, variant, "p50 latency per payload", "ms").add(result.latencies().percentileMs(50));
            results.row(NAME, variant, "p99 latency per payload", "ms").add(result.latencies().percentileMs(99));
        }
    }

    static Duration total(Settings settings) {
        return settings.warmup().plus(settings.stormDuration()).multipliedBy(settings.runs());
    }
}
