package org.opsdesk.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.opsdesk.platform.testing.ProjectFiles;

/**
 * A Kafka broker of this run only (KRaft, single node), from the jars `deploy/local/infra up` fetched, on free
 * ports with its data under target/: tests may stop and restart it without disturbing anyone else.
 */
public final class PrivateKafka {

    private final Path dir;
    private final int port = FreePorts.next();
    private final int controllerPort = FreePorts.next();
    private Process process;

    public PrivateKafka(Path dir) {
        this.dir = dir;
    }

    /** The broker's process id (the benchmark reads its CPU time). */
    public long pid() {
        return process.pid();
    }

    public String bootstrap() {
        return "127.0.0.1:" + port;
    }

    public void start() {
        try {
            Files.createDirectories(dir.resolve("data"));
            Path properties = dir.resolve("server.properties");
            Files.writeString(properties, """
                    process.roles=broker,controller
                    node.id=1
                    controller.quorum.voters=1@127.0.0.1:%2$d
                    listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                    advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                    controller.listener.names=CONTROLLER
                    inter.broker.listener.name=PLAINTEXT
                    listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                    log.dirs=%3$s
                    num.partitions=6
                    auto.create.topics.enable=true
                    offsets.topic.replication.factor=1
                    transaction.state.log.replication.factor=1
                    transaction.state.log.min.isr=1
                    share.coordinator.state.topic.replication.factor=1
                    share.coordinator.state.topic.min.isr=1
                    group.initial.rebalance.delay.ms=0
                    """.formatted(port, controllerPort, dir.resolve("data")));
            if (!Files.exists(dir.resolve("data/meta.properties"))) {
                // one id in 64 starts with "-", which the tool would read as an option unless it is attached to its flag
                run(List.of("kafka.tools.StorageTool", "format", "--cluster-id=" + clusterId(), "-c", properties.toString()));
            }
            process = Processes.start(java("kafka.Kafka", properties.toString()), Map.of(), dir.resolve("kafka.log"));
            // a restart after a kill -9 recovers its logs first, slow on a busy machine
            Processes.await("Kafka", Duration.ofSeconds(180), process, () -> Processes.portOpen(port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills the broker as a crash would. */
    public void kill() {
        Processes.stop(process, true);
        Processes.await("Kafka to stop", Duration.ofSeconds(30), null, () -> !Processes.portOpen(port));
    }

    public void stop() {
        Processes.stop(process, false);
    }

    private void run(List<String> args) {
        Process tool = Processes.start(java(args.toArray(String[]::new)), Map.of(), dir.resolve("tool.log"));
        try {
            if (tool.waitFor() != 0) {
                throw new IllegalStateException("Kafka tool failed: " + args + " (see " + dir.resolve("tool.log") + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> java(String... args) {
        Path lib = ProjectFiles.resolve(".local/kafka/lib");
        if (!Files.isDirectory(lib)) {
            throw new IllegalStateException("no Kafka jars in " + lib + ": run deploy/local/infra up first");
        }
        return java.util.stream.Stream.concat(
                java.util.stream.Stream.of(javaBinary(), "-Xmx384m", "-cp", lib + "/*"),
                java.util.stream.Stream.of(args)).toList();
    }

    private static String clusterId() {
        java.util.UUID uuid = java.util.UUID.randomUUID();
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(16)
                .putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    public static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
