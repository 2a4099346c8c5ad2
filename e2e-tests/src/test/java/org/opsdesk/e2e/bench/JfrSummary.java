package org.opsdesk.e2e.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * A page per flight recording: where the CPU samples are (hottest methods, hottest OpsDesk frames, hottest
 * packages), which monitors threads waited for, what was allocated, how long GC paused. The same as reading
 * {@code jfr print --events jdk.ExecutionSample …} by hand, aggregated.
 */
final class JfrSummary {

    private JfrSummary() {
    }

    static void summariseAll(Path recordings, Path out) {
        try (var files = Files.list(recordings)) {
            Files.createDirectories(out);
            for (Path file : files.filter(f -> f.toString().endsWith(".jfr")).sorted().toList()) {
                Files.writeString(out.resolve(file.getFileName().toString().replace(".jfr", ".txt")), summarise(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String summarise(Path file) throws IOException {
        Map<String, Long> topMethod = new HashMap<>();
        Map<String, Long> opsdeskFrame = new HashMap<>();
        Map<String, Long> topPackage = new HashMap<>();
        Map<String, Long> layer = new HashMap<>();
        Map<String, Long> monitorWaitMs = new HashMap<>();
        Map<String, Long> allocated = new HashMap<>();
        Map<String, Long> threadPark = new HashMap<>();
        long samples = 0;
        long gcPauseMs = 0;
        long gcCount = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            switch (e.getEventType().getName()) {
                case "jdk.ExecutionSample" -> {
                    RecordedStackTrace stack = e.getStackTrace();
                    if (stack == null || stack.getFrames().isEmpty()) {
                        continue;
                    }
                    samples++;
                    RecordedFrame top = stack.getFrames().get(0);
                    topMethod.merge(name(top), 1L, Long::sum);
                    topPackage.merge(pkg(top), 1L, Long::sum);
                    layer.merge(layer(stack), 1L, Long::sum);
                    stack.getFrames().stream().filter(f -> f.isJavaFrame() && f.getMethod().getType().getName().startsWith("org.opsdesk"))
                            .findFirst().ifPresent(f -> opsdeskFrame.merge(name(f), 1L, Long::sum));
                }
                case "jdk.JavaMonitorEnter" -> monitorWaitMs.merge(e.getClass("monitorClass") == null ? "?" : e.getClass("monitorClass").getName(),
                        e.getDuration().toMillis(), Long::sum);
                case "jdk.ThreadPark" -> threadPark.merge(e.getClass("parkedClass") == null ? "?" : e.getClass("parkedClass").getName(),
                        e.getDuration().toMillis(), Long::sum);
                case "jdk.ObjectAllocationSample" -> allocated.merge(e.getClass("objectClass").getName(), e.getLong("weight"), Long::sum);
                case "jdk.GarbageCollection" -> {
                    gcCount++;
                    gcPauseMs += e.getDuration("sumOfPauses").toMillis();
                }
                default -> {
                }
            }
        }
        StringBuilder out = new StringBuilder("Flight recording " + file.getFileName() + "\n");
        out.append(samples).append(" execution samples; ").append(gcCount).append(" GCs, ").append(gcPauseMs).append(" ms paused in total\n");
        section(out, "hottest methods (top frame, % of samples)", topMethod, samples, 15);
        section(out, "CPU by layer (library of the innermost frame outside the JDK)", layer, samples, 14);
        section(out, "hottest packages (top frame)", topPackage, samples, 12);
        section(out, "innermost OpsDesk frame on the stack (% of samples)", opsdeskFrame, samples, 15);
        section(out, "monitor contention (ms waited per monitor class)", monitorWaitMs, 0, 8);
        section(out, "thread parking (ms parked per parked class, includes idle pools)", threadPark, 0, 8);
        section(out, "allocation (sampled weight, MB, per class)", scale(allocated, 1 << 20), 0, 10);
        return out.toString();
    }

    private static Map<String, Long> scale(Map<String, Long> values, long divisor) {
        return values.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue() / divisor));
    }

    private static void section(StringBuilder out, String title, Map<String, Long> counts, long total, int limit) {
        out.append("\n").append(title).append(":\n");
        List<Map.Entry<String, Long>> top = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit).toList();
        for (Map.Entry<String, Long> entry : top) {
            out.append(total > 0 ? String.format("  %5.1f%%  ", 100.0 * entry.getValue() / total) : String.format("  %8d  ", entry.getValue()))
                    .append(entry.getKey()).append('\n');
        }
    }

    private static final String[][] LAYERS = {
        {"org.postgresql", "PostgreSQL JDBC driver"}, {"io.agroal", "connection pool (Agroal)"},
        {"org.hibernate.validator", "Bean Validation"}, {"org.hibernate", "Hibernate ORM"},
        {"com.fasterxml.jackson", "JSON (Jackson)"}, {"org.jose4j", "JWT verification"}, {"io.smallrye.jwt", "JWT verification"},
        {"org.apache.kafka", "Kafka client"}, {"io.smallrye.reactive.messaging", "Reactive Messaging"},
        {"io.vertx", "HTTP server (Vert.x)"}, {"io.netty", "HTTP server (Vert.x)"}, {"org.jboss.resteasy", "REST (RESTEasy)"},
        {"io.quarkus.arc", "CDI (ArC)"}, {"io.quarkus.narayana", "transactions (Narayana)"}, {"com.arjuna", "transactions (Narayana)"},
        {"io.quarkus.qute", "templates (Qute)"}, {"io.vertx.ext.mail", "SMTP client"}, {"org.jboss.logmanager", "logging"},
        {"org.jboss.logging", "logging"}, {"io.quarkus", "Quarkus (other)"}, {"org.opsdesk", "OpsDesk code"},
    };

    /** The layer of the innermost frame that is not the JDK's own (a HashMap.get inside Hibernate counts for Hibernate). */
    private static String layer(RecordedStackTrace stack) {
        for (RecordedFrame frame : stack.getFrames()) {
            if (!frame.isJavaFrame()) {
                continue;
            }
            String type = frame.getMethod().getType().getName();
            if (type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.") || type.startsWith("javax.")) {
                continue;
            }
            for (String[] l : LAYERS) {
                if (type.startsWith(l[0])) {
                    return l[1];
                }
            }
            return "other: " + pkg(frame);
        }
        return "JDK only (GC, JIT, I/O threads)";
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static String pkg(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        int dot = type.lastIndexOf('.');
        return dot < 0 ? type : type.substring(0, dot);
    }
}
