package org.opsdesk.e2e.bench;

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
import org.opsdesk.e2e.DeploymentSettings;
import org.opsdesk.e2e.PrivateKafka;

/**
 * What every scenario runs against: a private Kafka broker (the e2e harness's), an SMTP sink and an HTTP sink in
 * this JVM, and phases of packaged services. A phase starts the services it names on fresh databases and its own
 * topic prefix, so no phase sees another's rows or events.
 */
final class BenchSystem implements AutoCloseable {

    static final List<String> SERVICES = List.of("incident-service", "major-incident-service", "notification-service", "review-service");
    static final String PGHOST = env("PGHOST", "127.0.0.1");
    static final String PGPORT = env("PGPORT", "5432");
    static final String DB_USER = "opsdesk_e2e";

    final Path workDir;
    final String dbPrefix;
    final boolean profile;
    final PrivateKafka kafka;
    final SmtpSink smtp = new SmtpSink();
    final HttpSink http = new HttpSink();
    private final Path apps;
    private int phases;
    private final List<BenchService> started = new java.util.concurrent.CopyOnWriteArrayList<>();

    BenchSystem(Path workDir, String dbPrefix, boolean profile, Map<String, Path> builds) {
        this.workDir = workDir;
        this.dbPrefix = dbPrefix;
        this.profile = profile;
        deleteRecursively(workDir);
        try {
            Files.createDirectories(workDir.resolve("logs"));
            Files.createDirectories(workDir.resolve("jfr"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.apps = workDir.resolve("apps");
        BenchService.snapshot(SERVICES, builds, apps);
        this.kafka = new PrivateKafka(workDir.resolve("kafka"));
        kafka.start();
    }

    /** Starts {@code replicas} of each named service (first replicas one after the other, so each time to ready is its own). */
    Phase phase(String name, Map<String, Integer> replicas, Map<String, Map<String, String>> overrides, boolean parallel) {
        String prefix = "bench" + (++phases) + "-" + name + ".";
        Map<String, List<BenchService>> started = new LinkedHashMap<>();
        for (String service : replicas.keySet()) {
            recreateDatabase(service);
            List<BenchService> list = new ArrayList<>();
            for (int r = 1; r <= replicas.get(service); r++) {
                list.add(new BenchService(service, r, env(service, prefix, overrides.getOrDefault(service, Map.of())),
                        jvmOptions(service, r, name), apps, workDir.resolve("logs")));
            }
            started.put(service, list);
        }
        Phase phase = new Phase(name, prefix, started, this);
        started.values().forEach(this.started::addAll);
        Duration timeout = Duration.ofSeconds(180);
        List<BenchService> firsts = started.values().stream().map(l -> l.get(0)).toList();
        if (parallel) {
            firsts.forEach(BenchService::start);
            firsts.forEach(s -> s.awaitReady(timeout));
        } else {
            for (BenchService s : firsts) {
                s.start();
                s.awaitReady(timeout);
            }
        }
        List<BenchService> others = started.values().stream().flatMap(l -> l.stream().skip(1)).toList();
        others.forEach(BenchService::start);
        others.forEach(s -> s.awaitReady(timeout));
        return phase;
    }

    private Map<String, String> env(String service, String topicPrefix, Map<String, String> overrides) {
        Map<String, String> env = new HashMap<>(DeploymentSettings.of(service));
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrap());
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbc(database(service)));
        env.put("QUARKUS_DATASOURCE_USERNAME", DB_USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", DB_USER);
        env.put("OPSDESK_TOPIC_PREFIX", topicPrefix);
        env.put("QUARKUS_LOG_LEVEL", "INFO");
        env.put("SMTP_HOST", "127.0.0.1");
        env.put("SMTP_PORT", String.valueOf(smtp.port()));
        env.put("SMS_GATEWAY_URL", http.url("/sms/messages"));
        env.put("VOICE_GATEWAY_URL", http.url("/voice/calls"));
        env.put("BULK_API_URL", http.url("/govdelivery"));
        env.putAll(overrides);
        return env;
    }

    private List<String> jvmOptions(String service, int replica, String phase) {
        if (!profile) {
            return List.of();
        }
        Path file = workDir.resolve("jfr").resolve(phase + "-" + service + "-" + replica + ".jfr");
        return List.of("-XX:StartFlightRecording=name=bench,settings=profile,dumponexit=true,filename=" + file);
    }

    String database(String service) {
        return dbPrefix + service.replace("-service", "").replace('-', '_');
    }

    Connection connect(String service) throws SQLException {
        return DriverManager.getConnection(jdbc(database(service)), DB_USER, DB_USER);
    }

    static String jdbc(String database) {
        return "jdbc:postgresql://" + PGHOST + ":" + PGPORT + "/" + database;
    }

    private void recreateDatabase(String service) {
        try (Connection admin = DriverManager.getConnection(jdbc("postgres"), DB_USER, DB_USER); Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + database(service) + " with (force)");
            sql.execute("create database " + database(service));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare " + database(service) + " as " + DB_USER + " (run deploy/local/infra up)", e);
        }
    }

    void dropDatabases() {
        try (Connection admin = DriverManager.getConnection(jdbc("postgres"), DB_USER, DB_USER); Statement sql = admin.createStatement()) {
            for (String service : SERVICES) {
                sql.execute("drop database if exists " + database(service) + " with (force)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop the benchmark databases", e);
        }
    }

    /** For a JVM that exits abnormally: no service or broker of this run stays behind. */
    void stopEverything() {
        BenchService.stopAll(started);
        kafka.stop();
    }

    @Override
    public void close() {
        BenchService.stopAll(started);
        kafka.stop();
        smtp.close();
        http.close();
        dropDatabases();
    }

    static void deleteRecursively(Path dir) {
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
