package org.opsdesk.e2e.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL cluster of the drill only (the Debian server binaries, initdb + pg_ctl), on a free loopback port with
 * trust authentication and its data under the drill's folder, so the drill may restart it without disturbing anyone
 * else's databases. PostgreSQL refuses to run as root: as root the commands run as the {@code postgres} user.
 */
final class PrivatePostgres {

    private final Path dir;
    private final int port;
    private final Path bin;

    private PrivatePostgres(Path dir, int port, Path bin) {
        this.dir = dir;
        this.port = port;
        this.bin = bin;
    }

    /** A cluster under {@code dir}, or empty when no PostgreSQL server binaries are installed. */
    static java.util.Optional<PrivatePostgres> create(Path dir, int port) {
        return binaries().map(bin -> new PrivatePostgres(dir, port, bin));
    }

    /** {@code jdbc:postgresql://127.0.0.1:port/}: append a database name. */
    String jdbc() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/";
    }

    String user() {
        return "postgres";
    }

    void initialise() {
        try {
            Files.createDirectories(dir);
            chownToPostgres(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        run(List.of(bin.resolve("initdb").toString(), "-D", data(), "-A", "trust", "-U", "postgres", "--no-sync"), "initdb");
    }

    void start() {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data(), "-l", dir.resolve("postgres.log").toString(), "-w", "-t", "60",
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200",
                "start"), "pg_ctl start");
    }

    /** A fast shutdown: open connections are cut, as in a failover or a restart of the database server. */
    void stop() {
        if (Files.exists(dir.resolve("data/postmaster.pid"))) {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data(), "-m", "fast", "-w", "-t", "60", "stop"), "pg_ctl stop");
        }
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    private void run(List<String> command, String what) {
        List<String> full = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("commands.log").toFile())).start();
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(what + " failed (see " + dir.resolve("commands.log") + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void chownToPostgres(Path dir) throws IOException {
        if (!"root".equals(System.getProperty("user.name"))) {
            return;
        }
        try {
            if (new ProcessBuilder("chown", "-R", "postgres:postgres", dir.toString()).inheritIO().start().waitFor() != 0) {
                throw new IllegalStateException("cannot give " + dir + " to the postgres user");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The newest /usr/lib/postgresql/N/bin with initdb and pg_ctl. */
    private static java.util.Optional<Path> binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return java.util.Optional.empty();
        }
        try (var versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(b -> versionOf(b.getParent().getFileName().toString())));
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    private static int versionOf(String name) {
        return name.matches("[0-9]+") ? Integer.parseInt(name) : 0;
    }
}
