package org.opsdesk.e2e;

import io.restassured.RestAssured;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opsdesk.platform.testing.ProjectFiles;

/** One packaged service (`target/quarkus-app/quarkus-run.jar`) running as a process with its production profile. */
final class ServiceProcess {

    final String name;
    final int port = FreePorts.next();
    private final Map<String, String> env;
    private final Path log;
    private Process process;

    ServiceProcess(String name, Map<String, String> env, Path logDir) {
        this.name = name;
        this.env = new HashMap<>(env);
        this.env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        this.log = logDir.resolve(name + ".log");
    }

    /** Sets one more environment variable of the process (before {@link #start()}). */
    void env(String name, String value) {
        env.put(name, value);
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    void start() {
        Path jar = ProjectFiles.resolve(name + "/target/quarkus-app/quarkus-run.jar");
        if (!jar.toFile().isFile()) {
            throw new IllegalStateException("no packaged " + name + " at " + jar + ": build the services first (mvn package)");
        }
        process = Processes.start(List.of(PrivateKafka.javaBinary(), "-Xmx256m", "-jar", jar.toString()), env, log);
    }

    void awaitReady() {
        Processes.await(name + " (log " + log + ")", Duration.ofSeconds(180), process, this::ready);
    }

    boolean ready() {
        try {
            return RestAssured.get(url() + "/q/health/ready").statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    void kill() {
        Processes.stop(process, true);
    }

    void stop() {
        Processes.stop(process, false);
    }
}
