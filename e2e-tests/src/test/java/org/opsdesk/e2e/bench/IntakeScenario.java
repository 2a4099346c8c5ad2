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
 * pgbench's INSERT + outbox INSERT at the same client count.
 * <ul>
 * <li>As users run it ({@link #runSystem}, the first rows): all four services up and consuming every incident event,
 * bodies with bursts of one outage reported by many ("Printer 4417 jammed on floor 7"), on tables that grow during
 * the run without an ANALYZE, once from empty tables and once from {@link #CLOSED_QUEUE} closed and
 * {@link #OPEN_QUEUE} open incidents; CPU per intake of every process (each service, PostgreSQL, the broker).</li>
 * <li>Isolated ({@link #run}, the second row): incident-service alone, each run from the incident tables emptied,
 * then {@link #OPEN_INCIDENTS} open incidents of the last hours and fresh planner statistics.</li>
 * </ul>
 */
final class IntakeScenario {

    static final String NAME = "1 intake";
    static final int OPEN_INCIDENTS = 2_000;
    /** The variant of the isolated rows, followed by the connection count. */
    static final String ISOLATED = "isolated, c=";
    static final int OPEN_QUEUE = 5_000;
    static final int CLOSED_QUEUE = 100_000;
    /** Outages many people report at once, each report with its own numbers. */
    private static final String[] OUTAGES = {
        "Printer %d jammed on floor %d", "Cannot reach the VPN gateway %d from office %d",
        "Outlook error 0x800CCC%d when sending mail (user %d)", "Payroll portal returns error %d on page %d",
    };
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

    /**
     * Bodies as a desk logs them during an outage: the varied ones of {@link #bodies}, and bursts of 20 reports of one
     * outage (a third of the requests), alike but for their numbers.
     */
    static List<byte[]> outageBodies(int count, long seed) {
        Random random = new Random(seed);
        List<byte[]> bodies = new ArrayList<>(bodies(count, seed));
        for (int start = 0; start + 20 <= count; start += 60) {
            String outage = OUTAGES[random.nextInt(OUTAGES.length)];
            int place = 1 + random.nextInt(12);
            for (int i = start; i < start + 20; i++) {
                Map<String, Object> body = new LinkedHashMap<>(Api.JSON.convertValue(readTree(bodies.get(i)), Map.class));
                body.put("summary", outage.formatted(100 + random.nextInt(9900), place));
                bodies.set(i, Api.bytes(body));
            }
        }
        return bodies;
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(byte[] body) {
        try {
            return Api.JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HttpLoad.Requests requests(String authorization) {
        return requests(authorization, bodies(1_000, 42));
    }

    /** Each connection goes through the bodies in order from its own start, so a burst stays a burst. */
    static HttpLoad.Requests requests(String authorization, List<byte[]> bodies) {
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
                results.row(NAME, ISOLATED + c, "service CPU per request", "ms").add(cpuMs)
                        .note("user+system time of the service process ÷ requests, warm-up included");
                record(results, NAME, ISOLATED + c, service, base, c >= 8);
                results.row(NAME, ISOLATED + c, "incidents stored in the run", "rows").add(stored);
            }
        }
    }

    /**
     * Scenario 1 as users run it, in a phase with every service: from empty tables and from a grown queue, neither
     * analysed; CPU per intake of each service, PostgreSQL and the broker (read after the consumers had a moment to
     * take the run's events), beside pgbench at the same concurrency.
     */
    static void runSystem(Phase phase, Settings settings, Results results, Pgbench pgbench, String authorization, long brokerPid)
            throws SQLException {
        List<BenchService> intake = phase.replicas("incident-service");
        HttpLoad.Requests requests = requests(authorization, outageBodies(1_200, 43));
        for (int run = 1; run <= settings.runs(); run++) {
            for (boolean grown : List.of(false, true)) {
                for (int c : settings.intakeConnections()) {
                    String variant = "whole system, " + (grown ? "from %,d closed + %,d open".formatted(CLOSED_QUEUE, OPEN_QUEUE)
                            : "from empty") + ", c=" + c;
                    emptyIncidentTables(phase);
                    if (grown) {
                        seedQueue(phase, intake.get(0), authorization, settings.smoke() ? OPEN_QUEUE / 10 : OPEN_QUEUE,
                                settings.smoke() ? CLOSED_QUEUE / 100 : CLOSED_QUEUE);
                    }
                    Map<String, Double> before = cpuByProcess(phase, brokerPid);
                    HttpLoad.Result service = HttpLoad.run(Phase.addresses(intake), c, settings.warmup(), settings.duration(), requests);
                    sleep(settings.smoke() ? 500 : 3_000); // the consumers take the last events of the run
                    Map<String, Double> after = cpuByProcess(phase, brokerPid);
                    Pgbench.Result base = pgbench.run(c, settings.warmup(), settings.duration());
                    record(results, NAME, variant, service, base, false);
                    double total = 0;
                    for (String process : before.keySet()) {
                        double ms = (after.get(process) - before.get(process)) * 1000 / Math.max(1, service.completedWithWarmup());
                        total += ms;
                        results.row(NAME, variant, "CPU per intake, " + process, "ms").add(ms);
                    }
                    results.row(NAME, variant, "CPU per intake, all processes", "ms").add(total)
                            .target("≤ 10 ms", ms -> ms <= 10)
                            .note("user+system time of each service, PostgreSQL (every postgres process) and the broker ÷ requests, warm-up included");
                    results.row(NAME, variant, "incidents stored in the run", "rows").add(count(phase, "select count(*) from incident"));
                    Bench.log("%s run %d %s: %.0f req/s p50 %.1f p99 %.1f ms, %.1f ms CPU per intake | pgbench %.0f tps",
                            NAME, run, variant, service.throughput(), service.latencies().percentileMs(50),
                            service.latencies().percentileMs(99), total, base.tps());
                    if (c == 1) {
                        results.row(NAME, variant, "p50 latency", "ms").target("≤ 10 ms", ms -> ms <= 10);
                    } else if (c == 8) {
                        results.row(NAME, variant, "p99 latency", "ms").target("≤ 100 ms", ms -> ms <= 100);
                    } else if (c >= 32) {
                        results.row(NAME, variant, "throughput", "req/s").targetRatio("≥ 0.20 × pgbench", r -> r >= 0.20);
                    }
                }
            }
        }
    }

    /** CPU seconds so far of each service replica, of PostgreSQL and of the broker. */
    private static Map<String, Double> cpuByProcess(Phase phase, long brokerPid) {
        Map<String, Double> cpu = new LinkedHashMap<>();
        for (BenchService service : phase.all()) {
            cpu.merge(service.name, service.cpuSeconds(), Double::sum);
        }
        cpu.put("PostgreSQL", Machine.postgresCpuSeconds());
        cpu.put("Kafka broker", Machine.cpuSeconds(brokerPid));
        return cpu;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A database that grew over months and was not analysed since: {@code closed} closed incidents of the last year
     * and {@code open} open ones of the last days, copied in SQL from one logged through the API.
     */
    static void seedQueue(Phase phase, BenchService service, String authorization, int open, int closed) throws SQLException {
        try {
            Api.send("POST", service.url() + "/api/v1/incidents", authorization, Api.JSON.readTree(bodies(1, 7).get(0)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String isOpen = "g < " + open;
        try (Connection db = phase.db("incident-service"); Statement sql = db.createStatement()) {
            copyFirstIncident(sql, open - 1 + closed, Map.of("id", "gen_random_uuid()", "number", "'INC-Q' || lpad(g::text, 7, '0')",
                    "status", "case when %s then 'NEW' else 'CLOSED' end".formatted(isOpen),
                    "closed_at", "case when %s then null else now() - make_interval(mins => g) end".formatted(isOpen),
                    "received_at", "now() - make_interval(mins => case when %s then g %% 4000 else g * 5 end)".formatted(isOpen),
                    "summary", "(array[%s])[1 + g %% %d] || ' (queue ' || g || ')'".formatted(summaries(), SUMMARIES.length)));
        }
    }

    private static String summaries() {
        return String.join(", ", Arrays.stream(SUMMARIES).map(summary -> "'" + summary + "'").toList());
    }

    /**
     * {@code count} copies of the incident logged first, numbered g = 1…count, with the columns of {@code generated}
     * computed from g: plain SQL over the table's own columns, so 100,000 rows take seconds.
     */
    private static void copyFirstIncident(Statement sql, int count, Map<String, String> generated) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("""
                select column_name from information_schema.columns where table_schema = current_schema() and table_name = 'incident'
                order by ordinal_position""")) {
            while (rows.next()) {
                columns.add(rows.getString(1));
            }
        }
        sql.execute("insert into incident (%s) select %s from (select * from incident order by logged_at limit 1) t, generate_series(1, %d) g"
                .formatted(String.join(", ", columns), String.join(", ", columns.stream().map(c -> generated.getOrDefault(c, "t." + c)).toList()),
                        count));
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
                tps.targetRatio("≥ 0.35 × pgbench", r -> r >= 0.35);
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
            copyFirstIncident(sql, OPEN_INCIDENTS - 1, Map.of("id", "gen_random_uuid()", "number", "'INC-S' || lpad(g::text, 7, '0')",
                    "summary", "(array[%s])[1 + g %% %d] || ' (queue ' || g || ')'".formatted(summaries(), SUMMARIES.length)));
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
