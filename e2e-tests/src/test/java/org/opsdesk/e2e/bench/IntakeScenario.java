package org.opsdesk.e2e.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Scenario 1: {@code POST /api/v1/incidents} with realistic bodies at fixed connection counts, each run beside
 * pgbench's INSERT + outbox INSERT at the same client count. Every run starts from the same state: the incident
 * tables emptied, then {@link #OPEN_INCIDENTS} open incidents of the last hours (a busy desk's queue, which the
 * duplicate search reads) and fresh planner statistics, as a production database has them.
 */
final class IntakeScenario {

    static final String NAME = "1 intake";
    static final int OPEN_INCIDENTS = 2_000;
    private static final String[] SUMMARIES = {
        "VPN drops every few minutes for finance users", "Cannot open shared drive H: after password change",
        "Outlook keeps asking for credentials", "Data warehouse nightly load did not finish",
        "HR self-service shows an error on the leave form", "Laptop cannot reach the printer on floor 3",
        "Slow file shares in the regional office", "Payroll report export times out", "MFA push never arrives",
        "Timesheet page blank in Edge", "Teams calls drop after two minutes", "Account locked after migration",
    };
    private static final String[] SERVICES = {"vpn", "hr-self-service", "data-warehouse", "file-shares"};
    private static final String[] SOURCES = {"PHONE", "EMAIL", "API"};
    private static final String[] URGENCY = {"HIGH", "MEDIUM", "LOW"};

    private IntakeScenario() {
    }

    /** Bodies a service desk logs: varied summaries, descriptions of a few hundred characters, reporters, services. */
    static List<byte[]> bodies(int count, long seed) {
        Random random = new Random(seed);
        List<byte[]> bodies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<String, Object> body = new LinkedHashMap<>();
            String summary = SUMMARIES[random.nextInt(SUMMARIES.length)];
            body.put("source", SOURCES[random.nextInt(SOURCES.length)]);
            body.put("summary", summary + " (user " + (1000 + random.nextInt(9000)) + ")");
            body.put("description", summary + ". Reported by phone; the user tried a restart and signing in again. "
                    + "Affects " + (1 + random.nextInt(40)) + " people in building " + (1 + random.nextInt(12))
                    + ". Started around " + (7 + random.nextInt(10)) + ":" + (10 + random.nextInt(50))
                    + " this morning; no recent change known to the caller. Ticket opened by the service desk bench.");
            body.put("reporter", Map.of("name", "Reporter " + i, "email", "reporter" + i + "@agency.example",
                    "phone", "+1 405 555 " + (1000 + random.nextInt(9000))));
            body.put("serviceIds", List.of(SERVICES[random.nextInt(SERVICES.length)]));
            body.put("severity", 2 + random.nextInt(3));
            body.put("urgency", URGENCY[random.nextInt(URGENCY.length)]);
            body.put("customerOrg", "dept-of-revenue");
            bodies.add(Api.bytes(body));
        }
        return bodies;
    }

    static HttpLoad.Requests requests(String authorization) {
        List<byte[]> bodies = bodies(1_000, 42);
        return (connection, n) -> new HttpLoad.Request("/api/v1/incidents", authorization,
                bodies.get((int) ((connection * 7919L + n) % bodies.size())));
    }

    /** One run of the service at {@code connections}: its result and the incidents it left. */
    static HttpLoad.Result once(Phase phase, List<BenchService> replicas, int connections, Settings settings, String authorization)
            throws SQLException {
        emptyIncidentTables(phase);
        seedOpenIncidents(phase, replicas.get(0), authorization);
        return HttpLoad.run(Phase.addresses(replicas), connections, settings.warmup(), settings.duration(), requests(authorization));
    }

    /** CPU seconds of these processes so far (user + system). */
    static double cpu(List<BenchService> replicas) {
        return replicas.stream().mapToDouble(BenchService::cpuSeconds).sum();
    }

    static void run(Phase phase, Settings settings, Results results, Pgbench pgbench, String authorization) throws SQLException {
        List<BenchService> one = List.of(phase.first("incident-service"));
        for (int run = 1; run <= settings.runs(); run++) {
            for (int c : settings.intakeConnections()) {
                double cpuBefore = cpu(one);
                HttpLoad.Result service = once(phase, one, c, settings, authorization);
                double cpuMs = (cpu(one) - cpuBefore) * 1000 / Math.max(1, service.completedWithWarmup());
                long stored = count(phase, "select count(*) from incident") - OPEN_INCIDENTS;
                Pgbench.Result base = pgbench.run(c, settings.warmup(), settings.duration());
                Bench.log("%s run %d c=%d: %.0f req/s p50 %.1f p99 %.1f ms (%d non-2xx, %d stored, %.1f ms CPU/request)"
                                + " | pgbench %.0f tps p99 %.1f ms",
                        NAME, run, c, service.throughput(), service.latencies().percentileMs(50), service.latencies().percentileMs(99),
                        nonSuccess(service), stored, cpuMs, base.tps(), base.latencies().percentileMs(99));
                results.row(NAME, "c=" + c, "service CPU per request", "ms").add(cpuMs)
                        .note("user+system time of the service process ÷ requests, warm-up included");
                record(results, NAME, "c=" + c, service, base, c >= 8);
                results.row(NAME, "c=" + c, "incidents stored in the run", "rows").add(stored);
            }
        }
    }

    static void record(Results results, String scenario, String variant, HttpLoad.Result service, Pgbench.Result base, boolean targets) {
        Results.Row tps = results.row(scenario, variant, "throughput", "req/s").add(service.throughput());
        Results.Row p99 = results.row(scenario, variant, "p99 latency", "ms").add(service.latencies().percentileMs(99));
        Results.Row p50 = results.row(scenario, variant, "p50 latency", "ms").add(service.latencies().percentileMs(50));
        Results.Row co = results.row(scenario, variant, "p99 latency, corrected for coordinated omission", "ms")
                .add(service.latencies().correctedPercentileMs(99));
        results.row(scenario, variant, "non-2xx or failed requests", "count").add(nonSuccess(service));
        if (base != null) {
            tps.baseline(base.tps());
            p99.baseline(base.latencies().percentileMs(99));
            p50.baseline(base.latencies().percentileMs(50));
            co.baseline(base.latencies().correctedPercentileMs(99));
            if (targets) {
                tps.targetRatio("≥ 0.5 × pgbench", r -> r >= 0.5);
                p99.targetRatio("≤ 3 × pgbench", r -> r <= 3);
            }
        }
    }

    static long nonSuccess(HttpLoad.Result result) {
        return result.errors() + result.statuses().entrySet().stream().filter(e -> e.getKey() >= 300).mapToLong(Map.Entry::getValue).sum();
    }

    static void emptyIncidentTables(Phase phase) throws SQLException {
        try (Connection db = phase.db("incident-service"); Statement sql = db.createStatement()) {
            sql.execute("truncate table incident, outbox_event cascade");
        }
    }

    /**
     * One incident logged through the API, copied in SQL with other ids, numbers and summaries into
     * {@link #OPEN_INCIDENTS} open ones (the copies have no events: they stand for the queue, not for the run), then
     * ANALYZE, so the planner sees the table as it is during the run rather than empty.
     */
    static void seedOpenIncidents(Phase phase, BenchService service, String authorization) throws SQLException {
        try {
            Api.send("POST", service.url() + "/api/v1/incidents", authorization, Api.JSON.readTree(bodies(1, 7).get(0)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection db = phase.db("incident-service"); Statement sql = db.createStatement()) {
            sql.execute("""
                    insert into incident
                    select (jsonb_populate_record(null::incident, to_jsonb(t) || jsonb_build_object(
                            'id', gen_random_uuid(), 'number', 'INC-S' || lpad(g::text, 7, '0'),
                            'summary', (array[%s])[1 + g %% %d] || ' (queue ' || g || ')'))).*
                    from (select * from incident limit 1) t, generate_series(1, %d) g"""
                    .formatted(String.join(", ", Arrays.stream(SUMMARIES).map(summary -> "'" + summary + "'").toList()),
                            SUMMARIES.length, OPEN_INCIDENTS - 1));
            sql.execute("analyze incident");
        }
    }

    static long count(Phase phase, String query) throws SQLException {
        try (Connection db = phase.db("incident-service"); Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
