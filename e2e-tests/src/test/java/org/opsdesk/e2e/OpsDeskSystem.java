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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opsdesk.platform.testing.ProjectFiles;

/**
 * The whole system for one test run: fresh databases, a private Kafka broker, a real SMTP server (GreenMail) and
 * an HTTP sink for the SMS/voice/bulk/webhook channels (WireMock), both in this JVM on free loopback ports, and
 * the four packaged services, started once per JVM and stopped when it exits.
 *
 * <p>The services are configured only through the environment, as in production: the sinks' addresses, and a
 * communication cadence of {@link #CADENCE} with a sender running every second so that a scenario sees several
 * hourly-in-production update slots within a minute.
 */
public final class OpsDeskSystem {

    /** notification-service's cadence of a new plan's audiences (production: PT1H). */
    public static final Duration CADENCE = Duration.ofSeconds(20);

    static final List<String> SERVICES = List.of("incident-service", "major-incident-service", "notification-service", "review-service");
    private static final String PG = "jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/";
    private static final String DB_USER = "opsdesk_e2e";
    private static OpsDeskSystem instance;

    final PrivateKafka kafka;
    final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final GreenMail mail;
    private final WireMockServer sink;
    private final int sinkPort = FreePorts.next();
    private final int smtpPort = FreePorts.next();

    private OpsDeskSystem(Path workDir) {
        this.kafka = new PrivateKafka(workDir.resolve("kafka"));
        // -De2e.smtp.verbose=true logs every SMTP conversation
        this.mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)
                .setVerbose(Boolean.getBoolean("e2e.smtp.verbose")));
        this.sink = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").port(sinkPort));
        Map<String, String> common = new HashMap<>(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrap(),
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", ProjectFiles.resolve("deploy/local/dev-keys/public.pem").toString(),
                "QUARKUS_DATASOURCE_USERNAME", DB_USER,
                "QUARKUS_DATASOURCE_PASSWORD", DB_USER,
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
                "NOTIFICATION_CHANNELS_WEBHOOK_DEFAULT_URL", sinkUrl("/webhooks/default"),
                "NOTIFICATION_CADENCE", CADENCE.toString(),
                "NOTIFICATION_JOBS_SEND_EVERY", "1s"));
        for (String name : SERVICES) {
            Map<String, String> env = new HashMap<>(common);
            env.put("QUARKUS_DATASOURCE_JDBC_URL", PG + database(name));
            services.put(name, new ServiceProcess(name, env, workDir));
        }
        services.get("notification-service").env("STATUS_PAGE_URL", services.get("notification-service").url() + "/status");
    }

    /** The system of this JVM, started on first use. */
    public static synchronized OpsDeskSystem get() {
        if (instance == null) {
            Path workDir = Path.of("target/e2e").toAbsolutePath();
            deleteRecursively(workDir);
            OpsDeskSystem system = new OpsDeskSystem(workDir);
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

    ServiceProcess service(String name) {
        return services.get(name);
    }

    /** Base URL of a service, e.g. {@code url("incident-service")} = {@code http://127.0.0.1:<port>}. */
    public String url(String service) {
        ServiceProcess process = services.get(service);
        if (process == null) {
            throw new IllegalArgumentException("no service " + service + "; one of " + SERVICES);
        }
        return process.url();
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

    private String sinkUrl(String path) {
        return "http://127.0.0.1:" + sinkPort + path;
    }

    private void start() {
        recreateDatabases();
        try {
            Files.createDirectories(Path.of("target/e2e").toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        mail.start();
        sink.start();
        // A gateway that accepts everything, like deploy/local/sink/mappings/accept-any-post.json.
        sink.stubFor(WireMock.post(WireMock.urlMatching("/.*")).willReturn(WireMock.aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":\"accepted\"}")));
        kafka.start();
        services.values().forEach(ServiceProcess::start);
        services.values().forEach(ServiceProcess::awaitReady);
    }

    private void stop() {
        services.values().forEach(ServiceProcess::stop);
        kafka.stop();
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

    private static void recreateDatabases() {
        try (Connection admin = DriverManager.getConnection(PG + "postgres", DB_USER, DB_USER);
             Statement sql = admin.createStatement()) {
            for (String service : SERVICES) {
                sql.execute("drop database if exists " + database(service) + " with (force)");
                sql.execute("create database " + database(service));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the e2e databases as " + DB_USER + " (run deploy/local/infra up)", e);
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
