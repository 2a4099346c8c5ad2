package org.opsdesk.e2e.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Scenario 7: the public status page under public load. 64 connections read {@code /status.json} of
 * notification-service while a major incident gets a status update every second. The notification database's
 * committed transactions (pg_stat_database.xact_commit) are counted over the same length of time without and with the
 * readers: the page is served from memory, so the readers add none. A watcher measures how long each update takes to
 * show on the page.
 */
final class StatusPageScenario {

    static final String NAME = "7 status page";
    static final int READERS = 64;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private StatusPageScenario() {
    }

    static void run(Phase phase, Settings settings, Results results, String coordinator) throws Exception {
        BenchService majors = phase.first("major-incident-service");
        BenchService page = phase.first("notification-service");
        String id = Api.send("POST", majors.url() + "/api/v1/major-incidents", coordinator, Map.of("title", "Bench: payroll portal down",
                "type", "OPERATIONAL", "serviceIds", List.of("bench-payroll"), "impactSummary", "No agency can submit payroll",
                "incidentIds", List.of())).path("id").asText();
        // PostgreSQL's statistics reach pg_stat_database up to ~10 s late: windows long against that, except in the smoke run
        Duration window = settings.warmup().plus(settings.smoke() ? Duration.ofSeconds(3) : settings.duration().plusSeconds(40));
        for (int run = 1; run <= settings.runs(); run++) {
            Updates updates = new Updates(majors.url() + "/api/v1/major-incidents/" + id + "/status-updates", page.url() + "/status.json", coordinator);
            updates.start();
            long quietFrom = commits(phase);
            Thread.sleep(window.toMillis());
            long quiet = commits(phase) - quietFrom;
            long loadFrom = commits(phase);
            HttpLoad.Result reads = HttpLoad.run(Phase.addresses(List.of(page)), READERS, settings.warmup(), window.minus(settings.warmup()),
                    (connection, n) -> new HttpLoad.Request("/status.json", null, null));
            long loaded = commits(phase) - loadFrom;
            updates.finish();
            double seconds = window.toMillis() / 1000.0;
            Bench.log("%s run %d: %.0f reads/s (p99 %.1f ms, %d non-2xx); notification DB commits %.1f/s without readers, %.1f/s with;"
                            + " %d updates, slowest on the page after %.1f s", NAME, run, reads.throughput(), reads.latencies().percentileMs(99),
                    IntakeScenario.nonSuccess(reads), quiet / seconds, loaded / seconds, updates.seen, updates.slowest.toMillis() / 1000.0);
            String variant = READERS + " readers, 1 update/s";
            results.row(NAME, variant, "reads of /status.json", "req/s").add(reads.throughput());
            results.row(NAME, variant, "p99 latency of a read", "ms").add(reads.latencies().percentileMs(99));
            results.row(NAME, variant, "non-2xx reads", "count").add(IntakeScenario.nonSuccess(reads)).target("0", v -> v == 0);
            results.row(NAME, variant, "notification DB commits without readers", "per s").add(quiet / seconds);
            results.row(NAME, variant, "notification DB commits with readers", "per s").add(loaded / seconds);
            results.row(NAME, variant, "commits added per 1,000 reads", "count")
                    .add(1000.0 * (loaded - quiet) / Math.max(1, reads.completedWithWarmup()))
                    .target("≈ 0 (< 1)", v -> v < 1).note("pg_stat_database.xact_commit over equal windows; its counters lag up to ~10 s");
            results.row(NAME, variant, "oldest the page was (an update to its showing)", "s").add(updates.slowest.toMillis() / 1000.0)
                    .target("≤ 5", v -> updates.seen > 0 && v <= 5);
        }
    }

    /** Committed transactions of notification-service's database so far (a fresh connection reads fresh statistics). */
    private static long commits(Phase phase) throws SQLException {
        try (Connection db = phase.db("notification-service"); Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("select xact_commit from pg_stat_database where datname = current_database()")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Publishes a status update every second and waits for each to show on the page, keeping the longest wait. */
    private static final class Updates extends Thread {
        private final String publish;
        private final String pageUrl;
        private final String coordinator;
        private volatile boolean running = true;
        volatile int seen;
        volatile Duration slowest = Duration.ZERO;

        Updates(String publish, String pageUrl, String coordinator) {
            super("status-page-updates");
            setDaemon(true);
            this.publish = publish;
            this.pageUrl = pageUrl;
            this.coordinator = coordinator;
        }

        @Override
        public void run() {
            int n = 0;
            while (running) {
                String marker = "bench update " + System.nanoTime() + "-" + n++;
                Instant sent = Instant.now();
                Api.send("POST", publish, coordinator, Map.of("nature", marker, "impact", "No agency can submit payroll",
                        "remediationMetric", "payroll nodes in service", "remediationSteps", "Restarting the payroll nodes",
                        "estimatedRemediationAt", sent.plus(Duration.ofHours(2)).toString(),
                        "nextUpdateAt", sent.plus(Duration.ofMinutes(30)).toString()));
                while (running && !page().contains(marker)) {
                    pause(Duration.ofMillis(100));
                }
                if (running) {
                    Duration took = Duration.between(sent, Instant.now());
                    slowest = took.compareTo(slowest) > 0 ? took : slowest;
                    seen++;
                    pause(Duration.ofSeconds(1).minus(took).isNegative() ? Duration.ZERO : Duration.ofSeconds(1).minus(took));
                }
            }
        }

        private String page() {
            try {
                return HTTP.send(HttpRequest.newBuilder(URI.create(pageUrl)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            } catch (Exception e) {
                return "";
            }
        }

        /** Stops after the update in flight; answers once the thread has ended. */
        void finish() throws InterruptedException {
            running = false;
            join(Duration.ofSeconds(30).toMillis());
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
