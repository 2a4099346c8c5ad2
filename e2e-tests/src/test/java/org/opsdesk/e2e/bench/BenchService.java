package org.opsdesk.e2e.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opsdesk.e2e.FreePorts;
import org.opsdesk.e2e.OpsDeskSystem;
import org.opsdesk.e2e.PrivateKafka;
import org.opsdesk.e2e.Processes;
import org.opsdesk.platform.testing.ProjectFiles;

/**
 * One packaged service as a process, run from a copy of its {@code target/quarkus-app} taken when the benchmark
 * starts (so a rebuild during the run cannot change the code under measurement), with its time to ready and RSS.
 */
final class BenchService {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int replica;
    final int port = FreePorts.next();
    private final Map<String, String> env;
    private final List<String> jvmOptions;
    private final Path app;
    private final Path log;
    private Process process;
    private long startedAt;
    private Duration timeToReady;

    BenchService(String name, int replica, Map<String, String> env, List<String> jvmOptions, Path apps, Path logDir) {
        this.name = name;
        this.replica = replica;
        this.env = new HashMap<>(env);
        this.env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        this.jvmOptions = jvmOptions;
        this.app = apps.resolve(name);
        this.log = logDir.resolve(name + "-" + replica + ".log");
    }

    /**
     * Copies every service's quarkus-app once per run (hard links would follow a rebuild's in-place writes);
     * {@code builds} may name another quarkus-app folder for a service (a patched build to compare).
     */
    static void snapshot(List<String> services, Map<String, Path> builds, Path apps) {
        for (String name : services) {
            Path target = apps.resolve(name);
            if (!Files.exists(target)) {
                OpsDeskSystem.copyPackagedApp(builds.getOrDefault(name, ProjectFiles.resolve(name + "/target/quarkus-app")), target);
            }
        }
    }

    String id() {
        return name + "#" + replica;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    Path log() {
        return log;
    }

    void start() {
        List<String> command = new ArrayList<>(List.of(PrivateKafka.javaBinary(), "-Xmx256m"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", app.resolve("quarkus-run.jar").toString()));
        startedAt = System.nanoTime();
        process = Processes.start(command, env, log);
    }

    void awaitReady(Duration timeout) {
        Processes.await(id() + " (log " + log + ")", timeout, process, this::ready);
        timeToReady = Duration.ofNanos(System.nanoTime() - startedAt);
    }

    /** Started (warm: the start-up check) and ready, as Kubernetes sends traffic only after both pass. */
    boolean ready() {
        return answers200("/q/health/started") && answers200("/q/health/ready");
    }

    private boolean answers200(String path) {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(url() + path))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    Duration timeToReady() {
        return timeToReady;
    }

    long pid() {
        return process.pid();
    }

    /** Resident set size in MiB, from /proc (Linux). */
    double rssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    /** CPU time (user + system) the process used so far, in seconds, from /proc/[pid]/stat. */
    double cpuSeconds() {
        return Machine.cpuSeconds(pid());
    }

    /** Writes what the flight recorder (started with the JVM options) has recorded so far. */
    void dumpFlightRecording(Path file) {
        Jdk.run(List.of(Jdk.tool("jcmd"), String.valueOf(pid()), "JFR.dump", "name=bench", "filename=" + file), Duration.ofSeconds(60));
    }

    void stop() {
        Processes.stop(process, false);
    }

    /** SIGTERM without waiting, so that several services stop at once (then {@link #stop()} waits for each). */
    void terminate() {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    static void stopAll(List<BenchService> services) {
        services.forEach(BenchService::terminate);
        services.forEach(BenchService::stop);
    }
}
