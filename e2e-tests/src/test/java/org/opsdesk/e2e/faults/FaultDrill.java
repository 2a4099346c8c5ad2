package org.opsdesk.e2e.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.opsdesk.e2e.OpsDeskSystem;
import org.opsdesk.e2e.ServiceProcess;
import org.opsdesk.platform.testing.ProjectFiles;
import org.opsdesk.platform.testing.Tokens;

/**
 * The fault drill (deploy/local/faults and, shortened, FaultDrillSmokeTest): starts the system, runs a steady load,
 * injects the faults one after the other, lets the system settle, audits the databases, topics and sinks, and prints
 * the figures: requests sent, accepted, lost, duplicated, max recovery time. docs/reliability.md describes it.
 */
public final class FaultDrill {

    static final String EXECUTIVE_EMAIL = "drill.executive@opsdesk.example";
    static final String EXECUTIVE_PHONE = "+14055550199";
    private static final String ADMIN = Tokens.bearer("drill.admin", null, new String[] {"admin"});

    /** How long and how hard; {@link #smoke()} is what mvn verify runs. */
    record Settings(String mode, Duration warmup, Duration brokerDown, Duration serviceDown, Duration postgresDown, Duration cadence,
                    int replicas, boolean privatePostgres, Load.Settings load) {
        /** notification-service's configuration: the cadence, and in the full drill a grace of one cadence for the watchdog. */
        Map<String, String> notificationEnv() {
            return full() ? Map.of("OPSDESK_NOTIFICATION_CADENCE", cadence.toString(), "OPSDESK_NOTIFICATION_OVERDUE_GRACE", cadence.toString(),
                    "OPSDESK_NOTIFICATION_JOBS_OVERDUE_EVERY", "2s") : Map.of("OPSDESK_NOTIFICATION_CADENCE", cadence.toString());
        }

        boolean full() {
            return mode.equals("full");
        }
    }

    static Settings smoke() {
        return new Settings("smoke", Duration.ofSeconds(5), Duration.ofSeconds(8), Duration.ofSeconds(2), Duration.ZERO,
                Duration.ofSeconds(10), 1, false, new Load.Settings(2, Duration.ofMillis(400), Duration.ofSeconds(20), Duration.ofSeconds(30)));
    }

    static Settings full() {
        return new Settings("full", Duration.ofSeconds(20), Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofSeconds(10),
                Duration.ofSeconds(10), 2, true, new Load.Settings(3, Duration.ofMillis(300), Duration.ofSeconds(40), Duration.ofSeconds(90)));
    }

    /** The outcome: figures, the faults and what they showed, and the report written. */
    record Result(Ledger ledger, Audit audit, List<Fault> faults, Path report, String text) {
        long lost() {
            return audit.lost.size();
        }

        long duplicated() {
            return audit.duplicated.size();
        }

        List<String> failures() {
            return faults.stream().flatMap(f -> f.failures.stream().map(x -> f.name + ": " + x)).toList();
        }

        boolean passed() {
            return lost() == 0 && duplicated() == 0 && failures().isEmpty();
        }
    }

    public static void main(String[] args) throws Exception {
        Settings settings = full();
        for (String arg : args) {
            switch (arg) {
                case "--smoke" -> settings = smoke();
                case "--full" -> settings = full();
                default -> throw new IllegalArgumentException("unknown option " + arg + " (use --smoke or --full)");
            }
        }
        Result result = run(settings);
        System.out.println(result.text());
        System.exit(result.passed() ? 0 : 1);
    }

    static Result run(Settings settings) throws Exception {
        Path dir = ProjectFiles.resolve("e2e-tests/target/faults");
        Files.createDirectories(dir);
        PrivatePostgres postgres = settings.privatePostgres()
                ? PrivatePostgres.create(dir.resolve("pg"), freePort()).orElse(null) : null;
        OpsDeskSystem.Options options = OpsDeskSystem.Options.e2e(dir.resolve("system")).copyingApps()
                .withReplicas(Map.of("notification-service", settings.replicas(), "review-service", settings.replicas()))
                .withEnv(Map.of("notification-service", settings.notificationEnv()));
        if (postgres != null) {
            deleteRecursively(dir.resolve("pg"));
            postgres.initialise();
            postgres.start();
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::stop));
            options = options.with(postgres.jdbc(), postgres.user(), "faults_");
        } else {
            options = options.with(options.jdbc(), options.dbUser(), "faults_");
        }
        log("drill (%s): starting the system%s", settings.mode(), postgres != null ? " on a private PostgreSQL at " + postgres.jdbc() : "");
        String builds = Report.builds();
        OpsDeskSystem system = OpsDeskSystem.start(options);
        try {
            return drill(settings, system, postgres, dir, builds);
        } finally {
            system.stop();
            if (postgres != null) {
                postgres.stop();
            }
        }
    }

    private static Result drill(Settings settings, OpsDeskSystem system, PrivatePostgres postgres, Path dir, String builds)
            throws Exception {
        addTheExecutive(system);
        Ledger ledger = new Ledger();
        Client client = new Client(ledger, Duration.ofMinutes(2));
        Topics topics = new Topics(system.kafkaBootstrap());
        Audit audit = new Audit(system, topics, EXECUTIVE_EMAIL, EXECUTIVE_PHONE);
        String tag = "d" + Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        Load load = new Load(system, client, settings.load(), tag);
        Instant started = Instant.now();
        try (Readiness readiness = new Readiness(system)) {
            Faults faults = new Faults(system, postgres, readiness, client, load, audit, topics, settings.cadence());
            log("drill: load running, warming up for %d s", settings.warmup().toSeconds());
            load.start();
            Load.pause(settings.warmup());
            faults.brokerOutage(settings.brokerDown(), true);
            if (settings.full()) {
                faults.killEachService(settings.serviceDown());
                faults.consumersMidBatch(40);
                faults.postgresRestart(settings.postgresDown());
                faults.replicaLoss(settings.cadence().multipliedBy(2));
                faults.pausedScheduler(settings.cadence().multipliedBy(5).dividedBy(2));
            }
            faults.poison();
            faults.sameRequests(20);
            log("drill: stopping the load, resolving the open major incidents, letting the system settle");
            load.stop();
            resolveOpenMajorIncidents(system, client, load);
            boolean settled = audit.settle(Duration.ofMinutes(3));
            faults.deadLetterDepths();
            audit.run(ledger, load.majors());
            if (!settled) {
                audit.lost.add("the system did not settle within 3 minutes (outbox, consumers or due slots)");
            }
            Path report = dir.resolve("drill-" + settings.mode() + "-"
                    + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(started) + ".md");
            List<String> evidence = Evidence.write(system, report);
            String text = Report.text(settings, started, builds, ledger, audit, faults.done, url -> replicaOf(system, url), evidence);
            Files.writeString(report, text);
            log("drill: report written to %s", report);
            return new Result(ledger, audit, faults.done, report, text);
        }
    }

    private static String replicaOf(OpsDeskSystem system, String url) {
        return OpsDeskSystem.SERVICES.stream().flatMap(service -> system.replicas(service).stream())
                .filter(replica -> url.startsWith(replica.url() + "/")).map(ServiceProcess::id).findFirst().orElse("an unknown replica");
    }

    /** The default plan's email and SMS audiences get one person, whose mailbox and phone the audit reads. */
    private static void addTheExecutive(OpsDeskSystem system) {
        String api = system.url("notification-service") + "/api/v1";
        Client.put(api + "/contacts/drill-executive", ADMIN, Map.of("name", "Drill Executive", "email", EXECUTIVE_EMAIL,
                "phone", EXECUTIVE_PHONE, "role", "Executive Sponsor"));
        Client.put(api + "/audiences/" + Audit.EMAIL_AUDIENCE, ADMIN, Map.of("name", "Executive Sponsors", "communicator",
                "Major Incident Coordinator", "channel", "EMAIL", "members", List.of("drill-executive"), "topics", List.of(),
                "inDefaultPlan", true, "position", 1));
        Client.put(api + "/audiences/" + Audit.SMS_AUDIENCE, ADMIN, Map.of("name", "CIO, COAO, Director of Public Affairs",
                "communicator", "Strategic Initiatives team", "channel", "SMS", "members", List.of("drill-executive"),
                "topics", List.of(), "inDefaultPlan", true, "position", 2));
    }

    /** Every major incident still open is resolved, so its plan ends with one resolution notice per audience. */
    private static void resolveOpenMajorIncidents(OpsDeskSystem system, Client client, Load load) {
        String api = system.url("major-incident-service") + "/api/v1/major-incidents";
        JsonNode open = Client.get(api + "?status=DECLARED&status=ACTIVE&size=200", Load.ITOCC);
        if (open == null) {
            return;
        }
        for (JsonNode major : open.path("items")) {
            String token = load.token("r");
            client.post(Ledger.Kind.RESOLVE, token, api + "/" + major.path("id").asText() + "/resolve", Load.ITOCC,
                    Map.of("resolutionSummary", "Drill " + token + ": resolved at the end of the drill"), false);
        }
    }

    static void log(String format, Object... args) {
        System.out.printf("%s %s%n", Instant.now().toString().substring(11, 19), String.format(format, args));
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
