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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's own limit for the intake's write: pgbench running one transaction of a single-row INSERT into an
 * incident-like table plus an INSERT of a CloudEvents-sized outbox row, in a scratch database made and dropped
 * here, over TCP on loopback like the services, with the same client counts. Latencies come from pgbench's
 * per-transaction log (-l), so their percentiles are computed exactly like the services'.
 */
final class Pgbench implements AutoCloseable {

    private static final String SCHEMA = """
            create table incident (
                id uuid primary key, number varchar(16) not null unique, status varchar(16) not null,
                summary varchar(200) not null, description text, severity smallint not null, priority varchar(2) not null,
                service_ids varchar(64)[] not null, reporter_email varchar(200), received_at timestamptz not null,
                version bigint not null);
            create sequence incident_number_seq;
            create table outbox_event (
                seq bigserial primary key, id varchar(64) not null unique, subject varchar(128) not null,
                type varchar(128) not null, occurred_at timestamptz not null, payload text not null);
            """;

    private static final String SCRIPT = """
            \\set n random(1, 1000000000)
            BEGIN;
            INSERT INTO incident (id, number, status, summary, description, severity, priority, service_ids, reporter_email, received_at, version)
              VALUES (gen_random_uuid(), 'INC-' || nextval('incident_number_seq'), 'NEW', 'VPN drops every few minutes for finance users ' || :n,
                      repeat('The client disconnects and reconnects; users lose their sessions. ', 5), 3, 'P3', '{vpn}', 'reporter' || :n || '@example.org', now(), 0);
            INSERT INTO outbox_event (id, subject, type, occurred_at, payload)
              VALUES (gen_random_uuid()::text, gen_random_uuid()::text, 'incident.created', now(),
                      '{"specversion":"1.0","source":"/incident-service","type":"incident.created","data":{"n":' || :n || ',"summary":"VPN drops every few minutes for finance users","severity":3,"priority":"P3","serviceIds":["vpn"],"status":"NEW","pad":"' || repeat('x', 700) || '"}}');
            END;
            """;

    record Result(int clients, double tps, Latencies latencies) {
    }

    private final String host;
    private final String port;
    private final String user;
    private final String database;
    private final Path dir;

    Pgbench(String host, String port, String user, String database, Path dir) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.database = database;
        this.dir = dir;
        try (Connection admin = DriverManager.getConnection(jdbc("postgres"), user, user); Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + database + " with (force)");
            sql.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the pgbench scratch database " + database, e);
        }
        try (Connection db = DriverManager.getConnection(jdbc(database), user, user); Statement sql = db.createStatement()) {
            sql.execute(SCHEMA);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("intake.sql"), SCRIPT);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare " + database, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean available() {
        return Files.isExecutable(Path.of("/usr/bin/pgbench")) || onPath("pgbench");
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(":")).stream().anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }

    Result run(int clients, Duration warmup, Duration duration) {
        if (!warmup.isZero()) {
            pgbench(clients, warmup, "warmup");
            deleteLogs("warmup");
        }
        String prefix = "run-" + clients + "-" + System.nanoTime();
        String output = pgbench(clients, duration, prefix);
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench printed no tps: " + output);
        }
        List<Long> samples = new ArrayList<>();
        try (var logs = Files.list(dir)) {
            for (Path log : logs.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                for (String line : Files.readAllLines(log)) {
                    String[] fields = line.split(" ");
                    if (fields.length >= 3) {
                        samples.add(Long.parseLong(fields[2]) * 1_000L);
                    }
                }
                Files.delete(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long[] nanos = samples.stream().mapToLong(Long::longValue).toArray();
        double interval = nanos.length == 0 ? 0 : clients * duration.toNanos() / (double) nanos.length;
        return new Result(clients, Double.parseDouble(tps.group(1)), new Latencies(nanos, interval));
    }

    private void deleteLogs(String prefix) {
        try (var logs = Files.list(dir)) {
            for (Path log : logs.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                Files.delete(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** pgbench, tried again once after 10 s when it fails (e.g. the server's connection slots were all taken). */
    private String pgbench(int clients, Duration duration, String logPrefix) {
        try {
            return pgbenchOnce(clients, duration, logPrefix);
        } catch (IllegalStateException e) {
            Bench.log("pgbench failed, trying again in 10 s: %s", e.getMessage().lines().filter(l -> l.contains("error")).findFirst().orElse(""));
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            deleteLogs(logPrefix);
            return pgbenchOnce(clients, duration, logPrefix);
        }
    }

    private String pgbenchOnce(int clients, Duration duration, String logPrefix) {
        List<String> command = List.of("pgbench", "-n", "-h", host, "-p", port, "-U", user,
                "-c", String.valueOf(clients), "-j", String.valueOf(Math.min(clients, 2)), "-M", "prepared",
                "-T", String.valueOf(Math.max(1, duration.toSeconds())), "-l", "--log-prefix=" + dir.resolve(logPrefix),
                "-f", dir.resolve("intake.sql").toString(), database);
        return Jdk.run(command, Map.of("PGPASSWORD", user), duration.plusSeconds(60));
    }

    private String jdbc(String db) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + db;
    }

    @Override
    public void close() {
        try (Connection admin = DriverManager.getConnection(jdbc("postgres"), user, user); Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + database + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop " + database, e);
        }
    }
}
