package org.opsdesk.e2e.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the table's header says about the machine: CPU, memory, JDK, PostgreSQL, commit, and how busy it was. */
final class Machine {

    private Machine() {
    }

    static Map<String, String> describe() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("date", Instant.now().toString());
        facts.put("commit", quietly(List.of("git", "rev-parse", "--short", "HEAD")).trim()
                + (quietly(List.of("git", "status", "--porcelain", "--untracked-files=no")).isBlank() ? "" : " (work tree has changes)"));
        facts.put("cpu", Runtime.getRuntime().availableProcessors() + " × " + cpuModel());
        facts.put("memory", memory());
        facts.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        facts.put("postgresql", quietly(List.of("pgbench", "--version")).trim());
        return facts;
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static boolean quiet(String loadAverage) {
        try {
            return Double.parseDouble(loadAverage.split(" ")[0]) < 1.5;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** CPU time (user + system) a process used so far, in seconds, from /proc/[pid]/stat; NaN when it is gone. */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /**
     * CPU seconds of every PostgreSQL process on the machine (server, backends, walwriter, autovacuum): the database's
     * share of a run is the difference of two readings; other databases' work counts too, so a quiet machine matters.
     */
    static double postgresCpuSeconds() {
        try (var processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().matches("[0-9]+")).mapToDouble(p -> {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    return stat.contains("(postgres)") ? cpuSeconds(Long.parseLong(p.getFileName().toString())) : 0;
                } catch (IOException | RuntimeException gone) {
                    return 0;
                }
            }).filter(seconds -> !Double.isNaN(seconds)).sum();
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024 / 1024 + " GiB").findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String quietly(List<String> command) {
        try {
            return Jdk.run(command, Duration.ofSeconds(10));
        } catch (RuntimeException e) {
            return "";
        }
    }
}
