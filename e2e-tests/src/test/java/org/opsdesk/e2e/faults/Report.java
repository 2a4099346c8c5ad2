package org.opsdesk.e2e.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** The drill's figures as Markdown: printed by the command and kept beside the drill's files. */
final class Report {

    private Report() {
    }

    /**
     * @param replicaOf the replica (e.g. {@code incident-service#1}) a request's URL went to
     * @param evidence the files of messages and deliveries written beside the report
     */
    static String text(FaultDrill.Settings settings, Instant started, String builds, Ledger ledger, Audit audit, List<Fault> faults,
                       java.util.function.Function<String, String> replicaOf, List<String> evidence) {
        List<Ledger.Call> calls = ledger.calls();
        long accepted = calls.stream().filter(Ledger.Call::accepted).count();
        Fault slowest = faults.stream().max(Comparator.comparingDouble(Fault::recoverySeconds)).orElse(null);
        StringBuilder out = new StringBuilder();
        out.append("# OpsDesk fault drill (").append(settings.mode()).append(")\n\n");
        out.append("- started: ").append(started).append(", took ").append(Duration.between(started, Instant.now()).toSeconds()).append(" s\n");
        out.append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, load average ")
                .append(loadAverage()).append("\n");
        out.append("- services: ").append(builds).append("\n");
        out.append("- notification cadence ").append(settings.cadence().toSeconds()).append(" s; notification-service and review-service replicas: ")
                .append(settings.replicas()).append("\n\n");

        out.append("| figure | value |\n| --- | --- |\n");
        row(out, "requests sent", calls.size());
        row(out, "accepted (2xx)", accepted);
        row(out, "refused (4xx, expected: the concurrent duplicate declarations)", count(calls, Ledger.Outcome.REFUSED));
        row(out, "in doubt (sent, no answer: the service died mid-request or the load stopped)", count(calls, Ledger.Outcome.IN_DOUBT));
        row(out, "  of which persisted", audit.figures.getOrDefault("in doubt and persisted", 0L));
        row(out, "gave up after 2 minutes of retries", count(calls, Ledger.Outcome.GAVE_UP));
        row(out, "**lost**", audit.lost.size());
        row(out, "**duplicated**", audit.duplicated.size());
        out.append("| **max recovery time** | ").append(slowest == null ? "n/a" : String.format("%.1f s (%s)", slowest.recoverySeconds(), slowest.name))
                .append(" |\n\n");

        out.append("Answers the clients saw, retried attempts included:\n\n| answer | times |\n| --- | --- |\n");
        ledger.answers().forEach((answer, times) -> row(out, answer, times));

        out.append("\n## Faults\n\n| fault | readiness DOWN during it | recovered in | what it showed |\n| --- | --- | --- | --- |\n");
        for (Fault fault : faults) {
            out.append("| ").append(fault.name).append(" | ")
                    .append(fault.readinessDown == null ? "n/a" : fault.readinessDown ? "yes" : "no").append(" | ")
                    .append(fault.recoveredAt == 0 ? "n/a" : String.format("%.1f s", fault.recoverySeconds())).append(" | ")
                    .append(String.join("; ", fault.notes)).append(fault.failures.isEmpty() ? "" : "; FAILED: " + String.join("; ", fault.failures))
                    .append(" |\n");
        }

        out.append("\n## Exactly once\n\n| what | expected | found | missing | extra |\n| --- | --- | --- | --- | --- |\n");
        for (Audit.Delivery d : audit.deliveries) {
            out.append("| ").append(d.what()).append(" | ").append(d.expected()).append(" | ").append(d.found()).append(" | ")
                    .append(d.missing()).append(" | ").append(d.extra()).append(" |\n");
        }
        out.append("\n| figure | value |\n| --- | --- |\n");
        audit.figures.forEach((k, v) -> row(out, k, v));

        out.append("\n## Lost\n").append(Audit.summary(audit.lost)).append("\n\n## Duplicated\n").append(Audit.summary(audit.duplicated)).append("\n");
        List<String> errors = ledger.serverErrors();
        out.append("\n## Server errors (5xx other than 503 with Retry-After)\n").append(Audit.summary(errors)).append("\n");
        out.append("\n## Refusals (4xx; the first 20)\n").append(Audit.summary(ledger.refusals())).append("\n");
        out.append("\n## Not accepted: gave up after 2 minutes of retries, or in doubt\n\n");
        out.append("Each request: its kind and token, the replica it went to, and every answer its attempts got (equal ones folded).\n");
        calls.stream().filter(c -> c.outcome() == Ledger.Outcome.GAVE_UP || c.outcome() == Ledger.Outcome.IN_DOUBT)
                .forEach(c -> out.append("\n- ").append(c.outcome()).append(" ").append(c.kind()).append(" ").append(c.token())
                        .append(" → ").append(replicaOf.apply(c.url())).append(" ").append(c.url().replaceFirst("^http://[^/]+", ""))
                        .append(", first sent ").append(Instant.ofEpochMilli(c.sentAtMillis())).append(", ").append(c.attempts())
                        .append(" attempt(s): ").append(c.history()));
        out.append("\n\n## Evidence kept beside this report\n\n");
        evidence.forEach(file -> out.append("- `").append(file).append("`\n"));
        return out.toString();
    }

    private static long count(List<Ledger.Call> calls, Ledger.Outcome outcome) {
        return calls.stream().filter(c -> c.outcome() == outcome).count();
    }

    private static void row(StringBuilder out, String name, Object value) {
        out.append("| ").append(name).append(" | ").append(value).append(" |\n");
    }

    /** When each service under test was packaged, and the commit checked out then. */
    static String builds() {
        StringBuilder text = new StringBuilder();
        for (String service : org.opsdesk.e2e.OpsDeskSystem.SERVICES) {
            java.nio.file.Path jar = org.opsdesk.platform.testing.ProjectFiles.resolve(service + "/target/quarkus-app/quarkus-run.jar");
            try {
                text.append(service).append(" packaged ").append(java.nio.file.Files.getLastModifiedTime(jar).toInstant()).append(", ");
            } catch (java.io.IOException e) {
                text.append(service).append(" (no package), ");
            }
        }
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD")
                    .directory(org.opsdesk.platform.testing.ProjectFiles.root().toFile()).start();
            text.append("HEAD ").append(new String(git.getInputStream().readAllBytes()).trim());
        } catch (java.io.IOException e) {
            text.append("HEAD unknown");
        }
        return text.toString();
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "n/a";
        }
    }

}
