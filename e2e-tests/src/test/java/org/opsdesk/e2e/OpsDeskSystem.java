package org.opsdesk.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opsdesk.platform.testing.ProjectFiles;

/**
 * The whole system for one test run: fresh databases, a private Kafka broker and the four packaged services,
 * started once per JVM and stopped when it exits.
 */
final class OpsDeskSystem {

    static final List<String> SERVICES = List.of("incident-service", "major-incident-service", "notification-service", "review-service");
    private static final String PG = "jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/";
    private static final String DB_USER = "opsdesk_e2e";
    private static OpsDeskSystem instance;

    final PrivateKafka kafka;
    final Map<String, ServiceProcess> services = new LinkedHashMap<>();

    private OpsDeskSystem(Path workDir) {
        this.kafka = new PrivateKafka(workDir.resolve("kafka"));
        Map<String, String> common = new HashMap<>(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrap(),
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", ProjectFiles.resolve("deploy/local/dev-keys/public.pem").toString(),
                "QUARKUS_DATASOURCE_USERNAME", DB_USER,
                "QUARKUS_DATASOURCE_PASSWORD", DB_USER,
                "QUARKUS_LOG_LEVEL", "INFO"));
        for (String name : SERVICES) {
            Map<String, String> env = new HashMap<>(common);
            env.put("QUARKUS_DATASOURCE_JDBC_URL", PG + database(name));
            services.put(name, new ServiceProcess(name, env, workDir));
        }
    }

    static synchronized OpsDeskSystem get() {
        if (instance == null) {
            Path workDir = Path.of("target/e2e").toAbsolutePath();
            deleteRecursively(workDir);
            OpsDeskSystem system = new OpsDeskSystem(workDir);
            system.start();
            Runtime.getRuntime().addShutdownHook(new Thread(system::stop));
            instance = system;
        }
        return instance;
    }

    ServiceProcess service(String name) {
        return services.get(name);
    }

    private void start() {
        recreateDatabases();
        try {
            Files.createDirectories(Path.of("target/e2e").toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        kafka.start();
        services.values().forEach(ServiceProcess::start);
        services.values().forEach(ServiceProcess::awaitReady);
    }

    private void stop() {
        services.values().forEach(ServiceProcess::stop);
        kafka.stop();
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
