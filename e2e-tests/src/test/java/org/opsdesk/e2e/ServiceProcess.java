package org.opsdesk.e2e;

import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opsdesk.platform.testing.ProjectFiles;

/**
 * One packaged service (`quarkus-app/quarkus-run.jar`) running as a process with its production profile. It keeps
 * its port across restarts, so a client's URL stays valid after {@link #kill()} and {@link #start()}.
 */
public final class ServiceProcess {

    final String name;
    /** Chosen free at construction; chosen again only if another process took it before the service bound it. */
    volatile int port = FreePorts.next();
    private final int replica;
    private final Path app;
    private final Map<String, String> env;
    private final Path log;
    private Process process;

    ServiceProcess(String name, Map<String, String> env, Path logDir) {
        this(name, 1, ProjectFiles.resolve(name + "/target/quarkus-app"), env, logDir.resolve(name + ".log"));
    }

    ServiceProcess(String name, int replica, Path app, Map<String, String> env, Path log) {
        this.name = name;
        this.replica = replica;
        this.app = app;
        this.env = new HashMap<>(env);
        this.env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        this.log = log;
    }

    /** Sets one more environment variable of the process (before {@link #start()}). */
    void env(String name, String value) {
        env.put(name, value);
    }

    public String name() {
        return name;
    }

    /** {@code notification-service#2} for the second replica. */
    public String id() {
        return name + "#" + replica;
    }

    /** The process's log (stdout and stderr), appended to across restarts. */
    public Path log() {
        return log;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public void start() {
        Path jar = app.resolve("quarkus-run.jar");
        if (!jar.toFile().isFile()) {
            throw new IllegalStateException("no packaged " + name + " at " + jar + ": build the services first (mvn package)");
        }
        process = Processes.start(List.of(PrivateKafka.javaBinary(), "-Xmx256m", "-jar", jar.toString()), env, log);
    }

    /** Waits up to 3 minutes, or -De2e.ready-timeout (an ISO duration) on a machine busier than usual. */
    public void awaitReady() {
        awaitReady(Duration.parse(System.getProperty("e2e.ready-timeout", "PT3M")));
    }

    public void awaitReady(Duration timeout) {
        try {
            Processes.await(id() + " (log " + log + ")", timeout, process, this::ready);
        } catch (IllegalStateException exited) {
            if (!portTaken()) {
                throw exited;
            }
            port = FreePorts.next();
            env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
            start();
            Processes.await(id() + " (log " + log + ")", timeout, process, this::ready);
        }
    }

    /** The process exited because its port was taken meanwhile (ports are chosen before the processes start). */
    private boolean portTaken() {
        try {
            return !process.isAlive() && java.nio.file.Files.readString(log).contains("Port " + port + " seems to be in use");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    public boolean ready() {
        return healthUp("ready");
    }

    /** Wellness: the broker among others (KafkaWellness). */
    public boolean well() {
        return healthUp("well");
    }

    private boolean healthUp(String check) {
        try {
            return RestAssured.get(url() + "/q/health/" + check).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    /** kill -9: no shutdown hook runs, nothing is flushed or committed. */
    public void kill() {
        Processes.stop(process, true);
    }

    /** SIGSTOP: the process, its scheduler and its consumers freeze; the port stays open. */
    public void pause() {
        Processes.signal(process, "STOP");
    }

    /** SIGCONT after {@link #pause()}. */
    public void resume() {
        Processes.signal(process, "CONT");
    }

    public void stop() {
        Processes.stop(process, false);
    }

    /** SIGTERM without waiting: a system asks all its services at once, then waits for each ({@link #stop()}). */
    void terminate() {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }
}
