package org.opsdesk.e2e;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opsdesk.e2e.tracing.OtlpReceiver;
import org.opsdesk.platform.testing.ProjectFiles;

/**
 * The whole system for one test run: fresh databases, a private Kafka broker, a real SMTP server (GreenMail) and
 * an HTTP sink for the SMS/voice/bulk/webhook channels (WireMock), both in this JVM on free loopback ports, and
 * the four packaged services, started once per JVM and stopped when it exits. Their spans go to an OTLP receiver in
 * this JVM ({@link #traces()}).
 *
 * <p>The services are configured only through the environment, as in production: the sinks' addresses, and a
 * communication cadence of {@link #CADENCE} and a retry backoff of seconds so that a scenario sees several
 * hourly-in-production update slots within a minute.
 */
public final class OpsDeskSystem {

    /** notification-service's cadence of a new plan's audiences (production: PT1H). */
    public static final Duration CADENCE = Duration.ofSeconds(20);

    public static final List<String> SERVICES = List.of("incident-service", "major-incident-service", "notification-service", "review-service");
    private static final String PG = "jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/";
    private static final String DB_USER = "opsdesk_e2e";
    private static OpsDeskSystem instance;

    /**
     * What a system is made of, for harnesses other than the end-to-end tests (the fault drill): where PostgreSQL is
     * ({@code jdbc} ends with "/"), the database names' prefix, replicas per service, extra environment per service,
     * and whether the services run from a copy of their quarkus-app taken at start (a rebuild during a long run then
     * cannot change or remove the code a restart starts).
     */
    public record Options(Path workDir, String jdbc, String dbUser, String dbPrefix, Map<String, Integer> replicas,
                          Map<String, Map<String, String>> env, boolean copyApps) {

        /** The end-to-end tests' system: PostgreSQL at PGHOST/PGPORT as opsdesk_e2e, databases e2e_*, one replica each. */
        public static Options e2e(Path workDir) {
            return new Options(workDir, PG, DB_USER, "e2e_", Map.of(), Map.of(), false);
        }

        public Options with(String jdbc, String dbUser, String dbPrefix) {
            return new Options(workDir, jdbc, dbUser, dbPrefix, replicas, env, copyApps);
        }

        public Options withReplicas(Map<String, Integer> replicas) {
            return new Options(workDir, jdbc, dbUser, dbPrefix, replicas, env, copyApps);
        }

        public Options withEnv(Map<String, Map<String, String>> env) {
            return new Options(workDir, jdbc, dbUser, dbPrefix, replicas, env, copyApps);
        }

        public Options copyingApps() {
            return new Options(workDir, jdbc, dbUser, dbPrefix, replicas, env, true);
        }

        String database(String service) {
            return dbPrefix + service.replace("-service", "").replace('-', '_');
        }
    }

    final PrivateKafka kafka;
    final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Map<String, List<ServiceProcess>> replicas = new LinkedHashMap<>();
    private final Options options;
    private final GreenMail mail;
    private final WireMockServer sink;
    private final OtlpReceiver traces = new OtlpReceiver();
    private final int sinkPort = FreePorts.next();
    private final int smtpPort = FreePorts.next();

    private OpsDeskSystem(Options options) {
        this.options = options;
        Path workDir = options.workDir();
        this.kafka = new PrivateKafka(workDir.resolve("kafka"));
        // -De2e.smtp.verbose=true logs every SMTP conversation
        this.mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)
                .setVerbose(Boolean.getBoolean("e2e.smtp.verbose")));
        this.sink = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").port(sinkPort));
        Map<String, String> common = new HashMap<>(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrap(),
                "QUARKUS_DATASOURCE_USERNAME", options.dbUser(),
                "QUARKUS_DATASOURCE_PASSWORD", options.dbUser(),
                "QUARKUS_LOG_LEVEL", "INFO",
                // four services and a broker starting at once on a small shared machine: wait longer for a connection
                "QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT", "30S"));
        // notification-service's channels point at the sinks of this run (the keys of its application.properties).
        common.putAll(Map.of(
                "SMTP_HOST", "127.0.0.1",
                "SMTP_PORT", String.valueOf(smtpPort),
                "SMS_GATEWAY_URL", sinkUrl("/sms/messages"),
                "VOICE_GATEWAY_URL", sinkUrl("/voice/calls"),
                "BULK_API_URL", sinkUrl("/govdelivery"),
                "OPSDESK_NOTIFICATION_CHANNELS_WEBHOOK_DEFAULT_URL", sinkUrl("/webhooks/default"),
                "OPSDESK_NOTIFICATION_CADENCE", CADENCE.toString(),
                // a retried send (a transient SMTP or gateway failure) lands well within a slot of the short cadence
                "OPSDESK_NOTIFICATION_DELIVERY_INITIAL_BACKOFF", "PT2S"));
        // the jobs that look for due SLA targets and for shifts filling a coordinator gap, every few seconds
        common.put("OPSDESK_INCIDENT_JOBS_SLA_EVERY", "5s");
        common.put("OPSDESK_MAJOR_COORDINATOR_GAP_CHECK_EVERY", "5s");
        // every span is exported to the receiver of this run, a fifth of a second after it ends
        common.put("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", traces.endpoint());
        common.put("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "PT0.2S");
        for (String name : SERVICES) {
            Map<String, String> env = new HashMap<>(common);
            env.putAll(DeploymentSettings.of(name));
            env.put("QUARKUS_DATASOURCE_JDBC_URL", options.jdbc() + options.database(name));
            env.putAll(options.env().getOrDefault(name, Map.of()));
            Path app = options.copyApps() ? workDir.resolve("apps").resolve(name) : ProjectFiles.resolve(name + "/target/quarkus-app");
            List<ServiceProcess> list = new ArrayList<>();
            for (int r = 1; r <= options.replicas().getOrDefault(name, 1); r++) {
                list.add(new ServiceProcess(name, r, app, env, workDir.resolve(r == 1 ? name + ".log" : name + "-" + r + ".log")));
            }
            replicas.put(name, list);
            services.put(name, list.get(0));
        }
        for (ServiceProcess notification : replicas.get("notification-service")) {
            notification.env("STATUS_PAGE_URL", services.get("notification-service").url() + "/status");
        }
    }

    /**
     * A system of its own (not the one of {@link #get()}), started on fresh databases; the caller stops it with
     * {@link #stop()} (a JVM shutdown hook does too, should the caller not get there).
     */
    public static OpsDeskSystem start(Options options) {
        deleteRecursively(options.workDir());
        OpsDeskSystem system = new OpsDeskSystem(options);
        Thread hook = new Thread(system::stop);
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            system.start();
        } catch (RuntimeException | Error e) {
            system.stop();
            throw e;
        }
        return system;
    }

    /** The system of this JVM, started on first use. */
    public static synchronized OpsDeskSystem get() {
        if (instance == null) {
            Path workDir = Path.of("target/e2e").toAbsolutePath();
            deleteRecursively(workDir);
            OpsDeskSystem system = new OpsDeskSystem(Options.e2e(workDir));
            try {
                system.start();
            } catch (RuntimeException | Error e) {
                system.stop(); // what did start must not outlive a failed start
                throw e;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(system::stop));
            instance = system;
        }
        return instance;
    }

    /** The (first replica of the) service. */
    public ServiceProcess service(String name) {
        ServiceProcess process = services.get(name);
        if (process == null) {
            throw new IllegalArgumentException("no service " + name + "; one of " + SERVICES);
        }
        return process;
    }

    /** Every replica of the service, the first first. */
    public List<ServiceProcess> replicas(String name) {
        service(name);
        return replicas.get(name);
    }

    /** This run's broker, to kill and restart. */
    public PrivateKafka kafka() {
        return kafka;
    }

    /** A connection to the service's database of this system. */
    public Connection db(String service) throws SQLException {
        return DriverManager.getConnection(options.jdbc() + options.database(service), options.dbUser(), options.dbUser());
    }

    /** Base URL of a service, e.g. {@code url("incident-service")} = {@code http://127.0.0.1:<port>}. */
    public String url(String service) {
        return service(service).url();
    }

    /** Bootstrap address of this run's Kafka broker. */
    public String kafkaBootstrap() {
        return kafka.bootstrap();
    }

    /** The SMTP server every email of this run is delivered to. */
    public GreenMail mail() {
        return mail;
    }

    /** The HTTP sink the SMS, voice, bulk and webhook channels post to; every request is in its journal. */
    public WireMockServer sink() {
        return sink;
    }

    /** The OTLP receiver every service of this run exports its spans to. */
    public OtlpReceiver traces() {
        return traces;
    }

    private String sinkUrl(String path) {
        return "http://127.0.0.1:" + sinkPort + path;
    }

    private void start() {
        recreateDatabases();
        try {
            Files.createDirectories(options.workDir());
            if (options.copyApps()) {
                for (String name : SERVICES) {
                    copyPackagedApp(ProjectFiles.resolve(name + "/target/quarkus-app"), options.workDir().resolve("apps").resolve(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        mail.start();
        sink.start();
        // A gateway that accepts everything, like deploy/local/sink/mappings/accept-any-post.json.
        sink.stubFor(WireMock.post(WireMock.urlMatching("/.*")).willReturn(WireMock.aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":\"accepted\"}")));
        kafka.start();
        List<ServiceProcess> all = replicas.values().stream().flatMap(List::stream).toList();
        all.forEach(ServiceProcess::start);
        all.forEach(ServiceProcess::awaitReady);
    }

    /** Stops every process of this system and the sinks; the databases stay for a look afterwards. */
    public synchronized void stop() {
        // at once, not one after another: surefire kills a JVM whose shutdown hooks take over 30 s
        List<ServiceProcess> all = replicas.values().stream().flatMap(List::stream).toList();
        all.forEach(ServiceProcess::terminate);
        all.forEach(ServiceProcess::stop);
        kafka.stop();
        traces.close();
        if (sink.isRunning()) {
            sink.stop();
        }
        try {
            mail.stop();
        } catch (RuntimeException notStarted) {
            // nothing to stop
        }
    }

    static String database(String service) {
        return "e2e_" + service.replace("-service", "").replace('-', '_');
    }

    static Connection connect(String service) throws SQLException {
        return DriverManager.getConnection(PG + database(service), DB_USER, DB_USER);
    }

    private void recreateDatabases() {
        try (Connection admin = DriverManager.getConnection(options.jdbc() + "postgres", options.dbUser(), options.dbUser());
             Statement sql = admin.createStatement()) {
            for (String service : SERVICES) {
                sql.execute("drop database if exists " + options.database(service) + " with (force)");
                sql.execute("create database " + options.database(service));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the databases " + options.dbPrefix() + "* as " + options.dbUser()
                    + " at " + options.jdbc() + " (run deploy/local/infra up)", e);
        }
    }

    /** Copies a packaged service ({@code target/quarkus-app}), so a rebuild during the run cannot change what runs. */
    public static void copyPackagedApp(Path source, Path target) {
        if (!Files.isRegularFile(source.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException("no packaged service at " + source + ": run mvn -B package -DskipTests first");
        }
        try (var paths = Files.walk(source)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path copy = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(p, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source, e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value != null ? value : fallback;
    }
}
