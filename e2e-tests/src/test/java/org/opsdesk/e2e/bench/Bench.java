package org.opsdesk.e2e.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opsdesk.e2e.TokenCommand;
import org.opsdesk.platform.testing.ProjectFiles;

/**
 * The benchmark (bench/run and the smoke test): starts what the chosen scenarios need, runs them, and writes the
 * table to the results folder. Options: {@code --smoke}, {@code --scenario 1,2,…}, {@code --runs N},
 * {@code --profile} (JFR in every service, summaries beside the table), {@code --results DIR}.
 */
public final class Bench {

    final Settings settings;
    final Set<Integer> scenarios;
    final boolean profile;
    final Path resultsDir;
    final Results results = new Results();
    private final Map<String, List<Double>> ready = new LinkedHashMap<>();
    private final Map<String, String> header = new LinkedHashMap<>();
    private String name;

    /** Extra environment per service ({@code --env service:NAME=value}), for measuring a configuration change. */
    final Map<String, Map<String, String>> env = new LinkedHashMap<>();
    /** Another build of a service ({@code --app service=DIR}, a quarkus-app folder), to measure a code change. */
    final Map<String, Path> builds = new LinkedHashMap<>();

    Bench(Settings settings, Set<Integer> scenarios, boolean profile, Path resultsDir) {
        this.settings = settings;
        this.scenarios = scenarios;
        this.profile = profile;
        this.resultsDir = resultsDir;
    }

    public static void main(String[] args) throws Exception {
        parse(args).run();
        System.exit(0);
    }

    static Bench parse(String... args) {
        boolean smoke = false;
        boolean profile = false;
        Integer runs = null;
        List<Integer> plans = null;
        Set<Integer> scenarios = new LinkedHashSet<>();
        List<String> env = new ArrayList<>();
        List<String> apps = new ArrayList<>();
        Path results = ProjectFiles.resolve("bench/results");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> smoke = true;
                case "--profile" -> profile = true;
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--plans" -> plans = java.util.Arrays.stream(args[++i].split(",")).map(String::trim).map(Integer::valueOf).toList();
                case "--results" -> results = Path.of(args[++i]).toAbsolutePath();
                case "--env" -> env.add(args[++i]);
                case "--app" -> apps.add(args[++i]);
                case "--scenario" -> {
                    for (String s : args[++i].split(",")) {
                        scenarios.add(Integer.parseInt(s.trim()));
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (use --smoke, --scenario 1,2,…, --runs N, --plans N[,N…], --profile, --env service:NAME=value, --app service=DIR, --results DIR)");
            }
        }
        if (scenarios.isEmpty()) {
            scenarios.addAll(List.of(1, 2, 3, 4, 5, 6, 7));
        }
        Settings settings = smoke ? Settings.smokeRun() : Settings.fullRun();
        if (runs != null || plans != null) {
            int r = runs != null ? runs : settings.runs();
            List<Integer> p = plans != null ? plans : settings.planCounts();
            settings = new Settings(settings.smoke(), r, settings.warmup(), settings.duration(), settings.intakeConnections(),
                    settings.stormConnections(), settings.stormDuration(), settings.e2eIncidents(), settings.e2eSpacing(), r,
                    p, settings.cadence(), settings.cycles(), p.get(p.size() - 1), settings.scaleOutConnections());
        }
        Bench bench = new Bench(settings, scenarios, profile, results);
        for (String setting : env) {
            int colon = setting.indexOf(':');
            int equals = setting.indexOf('=');
            if (colon < 1 || equals < colon) {
                throw new IllegalArgumentException("--env wants service:NAME=value, not " + setting);
            }
            bench.env.computeIfAbsent(setting.substring(0, colon), k -> new LinkedHashMap<>())
                    .put(setting.substring(colon + 1, equals), setting.substring(equals + 1));
        }
        for (String app : apps) {
            int equals = app.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("--app wants service=DIR, not " + app);
            }
            bench.builds.put(app.substring(0, equals), Path.of(app.substring(equals + 1)).toAbsolutePath());
        }
        return bench;
    }

    /** The phase's own settings with the --env ones on top. */
    private Map<String, Map<String, String>> withEnv(Map<String, Map<String, String>> phase) {
        Map<String, Map<String, String>> merged = new LinkedHashMap<>();
        phase.forEach((k, v) -> merged.put(k, new LinkedHashMap<>(v)));
        env.forEach((k, v) -> merged.computeIfAbsent(k, x -> new LinkedHashMap<>()).putAll(v));
        return merged;
    }

    /** Runs the chosen scenarios; returns the Markdown file written. */
    Path run() throws Exception {
        Instant started = Instant.now();
        header.put("mode", settings.mode() + (profile ? " (JFR on: figures include its overhead)" : ""));
        header.put("scenarios", scenarios.toString());
        if (!env.isEmpty()) {
            header.put("configuration changed for this run", env.toString());
        }
        if (!builds.isEmpty()) {
            header.put("builds other than target/quarkus-app", builds.toString());
        }
        header.putAll(Machine.describe());
        String before = Machine.loadAverage();
        header.put("load average before", before);
        Path work = ProjectFiles.resolve(settings.smoke() ? "e2e-tests/target/bench-smoke" : "e2e-tests/target/bench");
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(started);
        name = (settings.smoke() ? "smoke-" : "bench-") + stamp;
        try (BenchSystem system = new BenchSystem(work, settings.smoke() ? "benchsmoke_" : "bench_", profile, builds)) {
            Runtime.getRuntime().addShutdownHook(new Thread(system::stopEverything));
            Tokens tokens = new Tokens();
            try {
                if (settings.smoke()) {
                    smoke(system, tokens);
                } else {
                    full(system, tokens);
                }
            } finally {
                checkpoint("the last one that ran");
            }
            if (profile) {
                JfrSummary.summariseAll(work.resolve("jfr"), resultsDir.resolve("profile-" + stamp));
                header.put("profiles", "profile-" + stamp + "/ (JFR summaries per phase and service)");
            }
        }
        header.put("load average after", Machine.loadAverage());
        header.put("duration", Duration.between(started, Instant.now()).toSeconds() + " s");
        header.put("quiet", Machine.quiet(before) ? "yes (1-min load average below 1.5 at the start)"
                : "NO: the machine was loaded by other work at the start; treat every figure as disturbed");
        header.remove("partial");
        results.write(resultsDir, name, header);
        log("results: %s", resultsDir.resolve(name + ".md"));
        return resultsDir.resolve(name + ".md");
    }

    interface Step {
        void run() throws Exception;
    }

    /** Runs one scenario; a failure is logged and named in the table's header, and the run goes on with the next. */
    private void attempt(String scenario, Step step) {
        try {
            step.run();
        } catch (Exception | AssertionError e) {
            log("%s FAILED: %s", scenario, e);
            e.printStackTrace(System.out);
            header.merge("failed", scenario + ": " + e.getMessage(), (a, b) -> a + "; " + b);
        }
    }

    /** Writes the table so far, so a run that dies late still leaves its finished scenarios. */
    private void checkpoint(String after) {
        header.put("partial", "yes: written after phase " + after + "; the run has not finished");
        results.write(resultsDir, name, header);
    }

    private void full(BenchSystem system, Tokens tokens) throws Exception {
        if (wants(1)) {
            try (Phase phase = system.phase("system-intake", orderedMap(BenchSystem.SERVICES, 1), withEnv(Map.of()), false)) {
                attempt(IntakeScenario.NAME, () -> systemIntake(system, phase, tokens));
            }
            checkpoint("system-intake");
        }
        if (wants(1) || wants(2) || wants(5)) {
            try (Phase phase = system.phase("intake", Map.of("incident-service", 1), withEnv(Map.of()), false)) {
                footprintStart(phase);
                if (wants(1)) {
                    attempt(IntakeScenario.NAME, () -> {
                        try (Pgbench pgbench = new Pgbench(BenchSystem.PGHOST, BenchSystem.PGPORT, BenchSystem.DB_USER,
                                system.dbPrefix + "pgbench", system.workDir.resolve("pgbench"))) {
                            IntakeScenario.run(phase, settings, results, pgbench, tokens.desk);
                        }
                    });
                    footprintAfter(phase, "after scenario 1");
                    checkpoint("intake, scenario 1");
                }
                if (wants(2)) {
                    attempt(AlertStormScenario.NAME, () -> AlertStormScenario.run(phase, List.of(phase.first("incident-service")),
                            settings, results, "1 replica", tokens.monitoring));
                }
            }
            checkpoint("intake");
        }
        if (wants(3) || wants(5)) {
            try (Phase phase = system.phase("system", orderedMap(BenchSystem.SERVICES, 1), withEnv(Map.of()), false)) {
                footprintStart(phase);
                if (wants(3)) {
                    attempt(EndToEndScenario.NAME, () -> {
                        EndToEndScenario.setUpAudiences(phase.first("notification-service"), tokens.admin);
                        EndToEndScenario.run(phase, settings, results, env.isEmpty() ? "default configuration" : "configuration " + env,
                                tokens.monitoring);
                    });
                    footprintAfter(phase, "after scenario 3");
                }
            }
            checkpoint("system");
        }
        if (wants(7)) {
            try (Phase phase = system.phase("status-page", orderedMap(List.of("major-incident-service", "notification-service"), 1),
                    withEnv(Map.of()), false)) {
                attempt(StatusPageScenario.NAME, () -> StatusPageScenario.run(phase, settings, results, tokens.coordinator));
            }
            checkpoint("status-page");
        }
        Map<Integer, Double> singleSchedule = new LinkedHashMap<>();
        if (wants(4)) {
            for (int plans : settings.planCounts()) {
                try (Phase phase = system.phase("schedule-" + plans, Map.of("notification-service", 1), withEnv(scheduleEnv()), false)) {
                    attempt(ScheduleScaleScenario.NAME, () -> {
                        var outcome = ScheduleScaleScenario.run(phase, phase.replicas("notification-service"), ScheduleScaleScenario.NAME,
                                settings, results, plans, "plans=" + plans, tokens.admin);
                        singleSchedule.put(plans, outcome.sendsPerSecond());
                    });
                }
                checkpoint("schedule-" + plans);
            }
        }
        if (wants(6)) {
            try (Phase phase = system.phase("scaleout-intake", Map.of("incident-service", 2), withEnv(Map.of()), false)) {
                attempt("6 scale-out (intake)", () -> scaleOutIntake(phase, tokens));
            }
            checkpoint("scaleout-intake");
            try (Phase phase = system.phase("scaleout-schedule", Map.of("notification-service", 2), withEnv(scheduleEnv()), false)) {
                attempt("6 scale-out (schedule)", () -> {
                    var outcome = ScheduleScaleScenario.run(phase, phase.replicas("notification-service"), "6 scale-out", settings,
                            results, settings.scaleOutPlans(), "schedule, plans=" + settings.scaleOutPlans() + ", 2 replicas", tokens.admin);
                    Double one = singleSchedule.get(settings.scaleOutPlans());
                    results.row("6 scale-out", "schedule, plans=" + settings.scaleOutPlans(), "sends/s, 2 replicas ÷ 1 replica", "ratio")
                            .add(one == null ? Double.NaN : outcome.sendsPerSecond() / one);
                });
            }
        }
        footprintRows();
    }

    /** Scenario 1 as users run it: every service up and consuming (IntakeScenario.runSystem). */
    private void systemIntake(BenchSystem system, Phase phase, Tokens tokens) throws Exception {
        try (Pgbench pgbench = new Pgbench(BenchSystem.PGHOST, BenchSystem.PGPORT, BenchSystem.DB_USER,
                system.dbPrefix + "pgbench", system.workDir.resolve("pgbench"))) {
            IntakeScenario.runSystem(phase, settings, results, pgbench, tokens.desk, system.kafka.pid());
        }
    }

    private void smoke(BenchSystem system, Tokens tokens) throws Exception {
        Map<String, Integer> replicas = new LinkedHashMap<>();
        replicas.put("incident-service", 2);
        replicas.put("major-incident-service", 1);
        replicas.put("notification-service", 2);
        replicas.put("review-service", 1);
        Map<String, Map<String, String>> smokeEnv = Map.of("notification-service", Map.of(
                "OPSDESK_NOTIFICATION_CADENCE", "PT" + settings.cadence().toSeconds() + "S", "OPSDESK_NOTIFICATION_JOBS_SEND_EVERY", "1s"));
        try (Phase phase = system.phase("smoke", replicas, withEnv(smokeEnv), true)) {
            footprintStart(phase);
            if (wants(1)) {
                systemIntake(system, phase, tokens);
                try (Pgbench pgbench = new Pgbench(BenchSystem.PGHOST, BenchSystem.PGPORT, BenchSystem.DB_USER,
                        system.dbPrefix + "pgbench", system.workDir.resolve("pgbench"))) {
                    IntakeScenario.run(phase, settings, results, pgbench, tokens.desk);
                }
                footprintAfter(phase, "after scenario 1");
            }
            if (wants(2)) {
                AlertStormScenario.run(phase, List.of(phase.first("incident-service")), settings, results, "1 replica", tokens.monitoring);
            }
            if (wants(3)) {
                EndToEndScenario.setUpAudiences(phase.first("notification-service"), tokens.admin);
                EndToEndScenario.run(phase, settings, results, "send-every 1s (smoke)", tokens.monitoring);
            }
            if (wants(7)) {
                StatusPageScenario.run(phase, settings, results, tokens.coordinator);
            }
            if (wants(6)) {
                scaleOutIntake(phase, tokens);
                ScheduleScaleScenario.run(phase, phase.replicas("notification-service"), "6 scale-out", settings, results,
                        settings.scaleOutPlans(), "schedule, plans=" + settings.scaleOutPlans() + ", 2 replicas", tokens.admin);
            }
            if (wants(4)) {
                phase.replicas("notification-service").get(1).stop();
                ScheduleScaleScenario.run(phase, phase.replicas("notification-service").subList(0, 1), ScheduleScaleScenario.NAME,
                        settings, results, settings.planCounts().get(0), "plans=" + settings.planCounts().get(0), tokens.admin);
            }
        }
        footprintRows();
    }

    private void scaleOutIntake(Phase phase, Tokens tokens) throws Exception {
        List<BenchService> both = phase.replicas("incident-service");
        for (int run = 1; run <= settings.runs(); run++) {
            for (int c : settings.scaleOutConnections()) {
                HttpLoad.Result two = IntakeScenario.once(phase, both, c, settings, tokens.desk);
                log("6 scale-out run %d c=%d, 2 replicas: %.0f req/s p99 %.1f ms (%d non-2xx)", run, c, two.throughput(),
                        two.latencies().percentileMs(99), IntakeScenario.nonSuccess(two));
                IntakeScenario.record(results, "6 scale-out", "intake c=" + c + ", 2 replicas", two, null, false);
                Results.Row single = results.rows().stream().filter(r -> r.scenario.equals(IntakeScenario.NAME)
                        && r.variant.equals(IntakeScenario.ISOLATED + c) && r.metric.equals("throughput")).findFirst().orElse(null);
                results.row("6 scale-out", "intake c=" + c, "throughput, 2 replicas ÷ 1 replica", "ratio")
                        .add(single == null ? Double.NaN : two.throughput() / single.median());
            }
        }
    }

    private Map<String, Map<String, String>> scheduleEnv() {
        return Map.of("notification-service", Map.of("OPSDESK_NOTIFICATION_CADENCE", "PT" + settings.cadence().toSeconds() + "S"));
    }

    private void footprintStart(Phase phase) {
        for (BenchService s : phase.all()) {
            if (s.replica == 1) {
                ready.computeIfAbsent(s.name, k -> new ArrayList<>()).add(s.timeToReady().toMillis() / 1000.0);
                results.row("5 footprint", s.name, "RSS after start", "MiB").add(s.rssMiB());
            }
        }
    }

    private void footprintAfter(Phase phase, String when) {
        for (BenchService s : phase.all()) {
            if (s.replica == 1) {
                results.row("5 footprint", s.name, "RSS " + when, "MiB").add(s.rssMiB());
                results.row("5 footprint", s.name, "CPU used since start, " + when, "s").add(s.cpuSeconds());
            }
        }
    }

    private void footprintRows() {
        ready.forEach((service, values) -> {
            Results.Row row = results.row("5 footprint", service, "time to ready", "s");
            values.forEach(row::add);
            row.note("process start → /q/health/ready 200, fresh database (Flyway migrates), -Xmx256m");
        });
    }

    private boolean wants(int scenario) {
        return scenarios.contains(scenario);
    }

    private static Map<String, Integer> orderedMap(List<String> keys, int value) {
        Map<String, Integer> map = new LinkedHashMap<>();
        keys.forEach(k -> map.put(k, value));
        return map;
    }

    static void log(String format, Object... args) {
        System.out.printf("[bench %s] %s%n", DateTimeFormatter.ISO_LOCAL_TIME.withZone(ZoneOffset.UTC).format(Instant.now()),
                String.format(java.util.Locale.ROOT, format, args));
        System.out.flush();
    }

    /** The tokens an operator would make with deploy/local/token. */
    static final class Tokens {
        final String desk = TokenCommand.bearer("bench.desk", null, "service-desk");
        final String monitoring = TokenCommand.bearer("bench.monitoring", null, "monitoring");
        final String admin = TokenCommand.bearer("bench.admin", null, "admin");
        final String coordinator = TokenCommand.bearer("bench.coordinator", null, "itocc,communications");
    }
}
