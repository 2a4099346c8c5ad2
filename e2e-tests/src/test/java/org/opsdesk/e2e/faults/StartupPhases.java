package org.opsdesk.e2e.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a restarted service's time to readiness goes, from its own log's timestamps: after the restart, its first
 * line (the JVM is up), Flyway done, Quarkus started, the Kafka consumers in their groups, then ready.
 */
final class StartupPhases {

    private static final Pattern STAMP = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3})");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS");
    /** The production profile logs JSON, one object a line, its time first. */
    private static final Pattern JSON_STAMP = Pattern.compile("^\\{\"timestamp\":\"([^\"]+)\"");
    /** Phase → a fragment of the line that ends it (the first such line after the restart). */
    private static final Map<String, String> MARKS = new LinkedHashMap<>();

    static {
        MARKS.put("first log line", "");
        MARKS.put("Flyway done", "Flyway");
        MARKS.put("Quarkus started", " started in ");
        MARKS.put("first consumer joined its group", "Successfully joined group");
        MARKS.put("first partitions assigned", "Adding newly assigned partitions");
    }

    private StartupPhases() {
    }

    /** "+0.9 s first log line, +6.1 s Quarkus started, …, +31.0 s ready" counted from {@code restartedAt}. */
    static String of(Path log, long restartedAt, long readyAt) {
        Map<String, Long> found = new LinkedHashMap<>();
        try {
            List<String> lines = Files.readAllLines(log);
            for (String line : lines) {
                Long at = stampOf(line);
                if (at == null || at < restartedAt) {
                    continue;
                }
                MARKS.forEach((phase, fragment) -> {
                    if (!found.containsKey(phase) && line.contains(fragment)) {
                        found.put(phase, at);
                    }
                });
            }
        } catch (IOException e) {
            return "log unreadable: " + e.getMessage();
        }
        StringBuilder text = new StringBuilder();
        MARKS.keySet().stream().filter(found::containsKey).sorted((a, b) -> Long.compare(found.get(a), found.get(b)))
                .forEach(phase -> text.append(String.format("+%.1f s %s, ", (found.get(phase) - restartedAt) / 1000.0, phase)));
        return text.append(String.format("+%.1f s ready (restarted %s)", (readyAt - restartedAt) / 1000.0, Instant.ofEpochMilli(restartedAt))).toString();
    }

    /** The time of a log line, plain ("2026-12-06 13:15:55,113 INFO …") or JSON; null for a line without one. */
    static Long stampOf(String line) {
        Matcher json = JSON_STAMP.matcher(line);
        if (json.find()) {
            return OffsetDateTime.parse(json.group(1)).toInstant().toEpochMilli();
        }
        Matcher plain = STAMP.matcher(line);
        return plain.find() ? LocalDateTime.parse(plain.group(1), FORMAT).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli() : null;
    }
}
