package org.opsdesk.e2e.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.opsdesk.e2e.OpsDeskSystem;
import org.opsdesk.platform.testing.Tokens;

/**
 * The steady load the faults hit: service-desk agents logging incidents (one every so often severity 1, which declares a
 * major incident and starts its communication plan), a monitoring system posting alerts (new ones, and repeats of
 * the last), and communicators publishing status updates on the open major incidents, which are resolved after a
 * while (opening their after-action reviews). Closed loop: each worker waits for its answer, so during an outage
 * the load slows down as real clients do. Every request carries a token the audit looks for afterwards.
 */
final class Load {

    /** {@code severeEvery}: one severity-1 incident (a new major incident) that often, each resolved after {@code majorLifetime}. */
    record Settings(int incidentWorkers, Duration pace, Duration severeEvery, Duration majorLifetime) {
    }

    /** A major incident the load declared through a severity-1 incident. */
    static final class Major {
        final String incidentId;
        volatile String id;
        /** When the load first saw it declared: its lifetime counts from here (declaration lags under faults). */
        volatile Instant declaredSeenAt;
        volatile boolean resolved;

        Major(String incidentId) {
            this.incidentId = incidentId;
        }
    }

    static final String ALERT_SOURCE = "drill-monitoring";
    static final String DESK = Tokens.bearer("drill.desk", null, new String[] {"service-desk"});
    static final String MONITORING = Tokens.bearer("drill.monitoring", null, new String[] {"monitoring"});
    static final String COMMUNICATIONS = Tokens.bearer("drill.comms", null, new String[] {"communications"});
    static final String ITOCC = Tokens.bearer("drill.itocc", null, new String[] {"itocc"});

    private final OpsDeskSystem system;
    private final Client client;
    private final Settings settings;
    private final String tag;
    private final AtomicLong sequence = new AtomicLong();
    private volatile Instant lastSevere = Instant.EPOCH;
    private final Map<String, Major> majors = new ConcurrentHashMap<>();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;

    Load(OpsDeskSystem system, Client client, Settings settings, String tag) {
        this.system = system;
        this.client = client;
        this.settings = settings;
        this.tag = tag;
    }

    void start() {
        running = true;
        for (int w = 0; w < settings.incidentWorkers(); w++) {
            boolean declares = w == 0;
            workers.add(worker("incidents-" + w, () -> logIncident(declares)));
        }
        workers.add(worker("alerts", this::postAlert));
        workers.add(worker("status-updates", this::communicate));
        workers.forEach(Thread::start);
    }

    /** Stops the workers once their requests in flight have ended. */
    void stop() {
        running = false;
        for (Thread worker : workers) {
            try {
                worker.join(Duration.ofMinutes(3).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The major incidents the load declared, by the severity-1 incident that declared them. */
    Map<String, Major> majors() {
        return new LinkedHashMap<>(majors);
    }

    String token(String kind) {
        return tag + "-" + kind + sequence.incrementAndGet();
    }

    private Thread worker(String name, Runnable step) {
        Thread thread = new Thread(() -> {
            while (running) {
                step.run();
                pause(settings.pace());
            }
        }, "drill-" + name);
        thread.setDaemon(true);
        return thread;
    }

    private void logIncident(boolean declares) {
        String token = token("i");
        boolean severeOne = declares && Duration.between(lastSevere, Instant.now()).compareTo(settings.severeEvery()) >= 0;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("source", "PHONE");
        body.put("summary", "Drill " + token + (severeOne ? ": payroll portal down for every agency" : ": printer queue stuck"));
        body.put("severity", severeOne ? 1 : 3 + (int) (sequence.get() % 2));
        body.put("urgency", severeOne ? "HIGH" : "LOW");
        JsonNode answer = client.post(severeOne ? Ledger.Kind.SEVERE_INCIDENT : Ledger.Kind.INCIDENT, token,
                system.url("incident-service") + "/api/v1/incidents", DESK, body, true);
        if (severeOne && answer != null) {
            lastSevere = Instant.now();
            String id = answer.path("id").asText();
            majors.put(id, new Major(id));
        }
    }

    private String lastAlert;

    /** A new alert, or (every third post) the last one again, as a monitoring system re-sends a firing alert. */
    private void postAlert() {
        String dedupKey = lastAlert != null && sequence.get() % 3 == 0 ? lastAlert : token("a");
        lastAlert = dedupKey;
        client.post(Ledger.Kind.ALERT, dedupKey, system.url("incident-service") + "/api/v1/alerts", MONITORING,
                alert(dedupKey, "Disk almost full (" + dedupKey + ")"), true);
    }

    static Map<String, Object> alert(String dedupKey, String summary) {
        return Map.of("source", ALERT_SOURCE, "dedupKey", dedupKey, "status", "FIRING", "severity", "warning",
                "summary", summary, "details", Map.of("host", "drill-host"));
    }

    /** One status update on each open major incident; those older than their lifetime are resolved instead. */
    private void communicate() {
        for (Major major : majors.values()) {
            if (major.resolved || !running) {
                continue;
            }
            if (major.id == null) {
                JsonNode list = Client.get(system.url("major-incident-service") + "/api/v1/major-incidents?incidentId=" + major.incidentId, ITOCC);
                if (list == null || list.path("items").isEmpty()) {
                    continue;
                }
                major.id = list.path("items").get(0).path("id").asText();
                major.declaredSeenAt = Instant.now();
            }
            String base = system.url("major-incident-service") + "/api/v1/major-incidents/" + major.id;
            if (Duration.between(major.declaredSeenAt, Instant.now()).compareTo(settings.majorLifetime()) > 0) {
                String token = token("r");
                client.post(Ledger.Kind.RESOLVE, token, base + "/resolve", ITOCC,
                        Map.of("resolutionSummary", "Drill " + token + ": the payroll nodes were restarted"), false);
                major.resolved = true;
            } else {
                String token = token("s");
                Instant now = Instant.now();
                client.post(Ledger.Kind.STATUS_UPDATE, token, base + "/status-updates", COMMUNICATIONS, Map.of(
                        "nature", "Drill " + token + ": payroll portal answers 503 for every agency",
                        "impact", "No agency can submit payroll",
                        "remediationMetric", "share of payroll nodes back in service",
                        "remediationSteps", "Restarting the payroll nodes one by one",
                        "estimatedRemediationAt", now.plus(Duration.ofHours(2)).toString(),
                        "nextUpdateAt", now.plus(Duration.ofMinutes(30)).toString()), false);
            }
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
