package org.opsdesk.e2e.bench;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scenario 3: a critical alert posted to incident-service → severity-1 incident → major incident declared by
 * major-incident-service → communication plan in notification-service → the first email to the executive audience
 * arrives in the SMTP sink. Alerts are posted open-loop at a fixed spacing, each with its own alert name and a
 * service outside the catalog (so none is linked to another's major incident); the latency of each is the time
 * from just before its POST to the end of DATA of the email whose subject carries its token.
 */
final class EndToEndScenario {

    static final String NAME = "3 end to end";
    static final String EXECUTIVE = "executive@bench.example";

    private EndToEndScenario() {
    }

    /** Contacts for the default plan's executive email and leadership SMS audiences (they are empty by default). */
    static void setUpAudiences(BenchService notification, String admin) {
        String url = notification.url() + "/api/v1";
        Api.send("PUT", url + "/contacts/bench-executive", admin, Map.of("name", "Bench Executive", "email", EXECUTIVE,
                "phone", "+1 405 555 0123", "role", "Executive Sponsor"));
        Api.send("PUT", url + "/audiences/executive-updates", admin, Map.of("name", "Executive Sponsors", "communicator",
                "Major Incident Coordinator", "channel", "EMAIL", "members", List.of("bench-executive"), "topics", List.of(),
                "inDefaultPlan", true, "position", 1));
        Api.send("PUT", url + "/audiences/leadership-text", admin, Map.of("name", "CIO, COAO, Director of Public Affairs",
                "communicator", "Strategic Initiatives team", "channel", "SMS", "members", List.of("bench-executive"),
                "topics", List.of(), "inDefaultPlan", true, "position", 2));
    }

    static void run(Phase phase, Settings settings, Results results, String variant, String monitoring) {
        BenchService incidents = phase.first("incident-service");
        InetSocketAddress target = new InetSocketAddress("127.0.0.1", incidents.port);
        for (int run = 1; run <= settings.e2eRuns(); run++) {
            String tag = "e2e" + run + "x" + (System.nanoTime() & 0xfffff);
            int n = settings.e2eIncidents();
            long[] postedAt = new long[n];
            long[] statuses = new long[n];
            long next = System.nanoTime();
            for (int i = 0; i < n; i++) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    sleep(Duration.ofNanos(wait));
                }
                next += settings.e2eSpacing().toNanos();
                String token = tag + "n" + i;
                byte[] body = Api.bytes(AlertStormScenario.payload("BenchOutage" + token, List.of(AlertStormScenario.alert(
                        String.format("%04x", run), i, "BenchOutage" + token, "web-" + i + ":443", "critical",
                        Instant.now().toString(), "Checkout down " + token, "The probe of the checkout failed (" + token + ").")),
                        "critical"));
                postedAt[i] = System.currentTimeMillis();
                statuses[i] = OneShot.post(target, "/api/v1/alerts/alertmanager", monitoring, body);
            }
            List<Double> latencies = new ArrayList<>();
            long deadline = System.currentTimeMillis() + (settings.smoke() ? 30_000 : 90_000);
            List<Integer> missing = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String token = tag + "n" + i;
                Optional<SmtpSink.Mail> mail = Optional.empty();
                while (mail.isEmpty() && System.currentTimeMillis() < deadline) {
                    java.util.regex.Pattern carries = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(token) + "(?![0-9])");
                    mail = phase.system.smtp.mails().stream()
                            .filter(m -> m.recipients().contains(EXECUTIVE) && m.subject() != null && carries.matcher(m.subject()).find())
                            .min((a, b) -> Long.compare(a.arrivedAtMillis(), b.arrivedAtMillis()));
                    if (mail.isEmpty()) {
                        sleep(Duration.ofMillis(100));
                    }
                }
                if (mail.isPresent()) {
                    latencies.add((mail.get().arrivedAtMillis() - postedAt[i]) / 1000.0);
                } else {
                    missing.add(i);
                }
            }
            stages(phase, tag, n, postedAt, results, variant);
            long[] nanos = latencies.stream().mapToLong(s -> (long) (s * 1e9)).toArray();
            Latencies l = new Latencies(nanos, 0);
            long rejected = java.util.Arrays.stream(statuses).filter(s -> s != 200).count();
            Bench.log("%s run %d (%s): %d/%d emails, p50 %.2f s, p99 %.2f s, max %.2f s, %d posts not 200",
                    NAME, run, variant, latencies.size(), n, l.percentileMs(50) / 1000, l.percentileMs(99) / 1000,
                    l.percentileMs(100) / 1000, rejected);
            results.row(NAME, variant, "p50 alert → first executive email", "s").add(l.percentileMs(50) / 1000);
            results.row(NAME, variant, "p99 alert → first executive email", "s").add(l.percentileMs(99) / 1000)
                    .target("< 2 s", v -> v < 2);
            results.row(NAME, variant, "max alert → first executive email", "s").add(l.percentileMs(100) / 1000);
            results.row(NAME, variant, "major incidents without an email within the wait", "count").add(missing.size())
                    .target("0", v -> v == 0).note(n + " major incidents per run, one every " + settings.e2eSpacing().toMillis() + " ms");
        }
    }

    /**
     * Where the time goes, from the services' own timestamps: alert POST → incident logged (incident-service) →
     * major incident declared (major-incident-service) → plan created (notification-service) → executive email
     * sent (delivery.sent_at). Medians over the run's major incidents, in seconds.
     */
    static void stages(Phase phase, String tag, int n, long[] postedAt, Results results, String variant) {
        try {
            Map<String, Long> logged = times(phase, "incident-service", "select summary, logged_at from incident where summary like ?", tag);
            Map<String, Long> declared = times(phase, "major-incident-service", "select title, declared_at from major_incident where title like ?", tag);
            Map<String, Long> planned = times(phase, "notification-service", "select title, created_at from communication_plan where title like ?", tag);
            Map<String, Long> sent = times(phase, "notification-service", "select p.title, d.sent_at from delivery d join communication_plan p"
                    + " on p.id = d.plan_id where d.audience = 'executive-updates' and d.slot = 0 and p.title like ?", tag);
            String[] names = {"alert POST → incident logged", "incident logged → major incident declared",
                "declared → communication plan created", "plan created → executive email sent"};
            List<List<Double>> gaps = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (int i = 0; i < n; i++) {
                String token = tag + "n" + i;
                Long[] t = {postedAt[i], logged.get(token), declared.get(token), planned.get(token), sent.get(token)};
                for (int k = 0; k < 4; k++) {
                    if (t[k] != null && t[k + 1] != null) {
                        gaps.get(k).add((t[k + 1] - t[k]) / 1000.0);
                    }
                }
            }
            for (int k = 0; k < 4; k++) {
                results.row(NAME, variant, "median stage: " + names[k], "s").add(Results.median(gaps.get(k)));
            }
        } catch (java.sql.SQLException e) {
            Bench.log("%s: cannot read the stage timestamps: %s", NAME, e.getMessage());
        }
    }

    /** token → epoch millis of the rows whose text column names a token of this run. */
    private static Map<String, Long> times(Phase phase, String service, String query, String tag) throws java.sql.SQLException {
        Map<String, Long> times = new java.util.HashMap<>();
        java.util.regex.Pattern token = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(tag) + "n[0-9]+");
        try (java.sql.Connection db = phase.db(service); java.sql.PreparedStatement sql = db.prepareStatement(query)) {
            sql.setString(1, "%" + tag + "n%");
            try (java.sql.ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    java.util.regex.Matcher m = token.matcher(rows.getString(1));
                    java.sql.Timestamp at = rows.getTimestamp(2);
                    if (m.find() && at != null) {
                        times.merge(m.group(), at.getTime(), Math::min);
                    }
                }
            }
        }
        return times;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(Math.max(0, duration.toMillis()), (int) (duration.toNanos() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
