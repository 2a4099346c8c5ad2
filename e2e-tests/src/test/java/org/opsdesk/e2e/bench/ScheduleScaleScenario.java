package org.opsdesk.e2e.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Scenario 4: many active communication plans of 4 audiences (email, SMS, bulletin, status page) at a short cadence.
 * {@code major-incident.declared} events (docs/events example, fresh ids) are published straight to the topic with
 * declaration times spread evenly over one cadence starting a little in the future, so the first updates fall due
 * uniformly once every plan exists; the steady state is then the same rows an hourly cadence makes in an hour.
 * Lateness = sent_at − due_at of every update due in the measured window (an update still unsent at the end counts
 * with the time it has waited so far); "exactly once" is checked in the database (one SENT attempt per delivery,
 * every due slot sent) and against what the sinks received per channel.
 */
final class ScheduleScaleScenario {

    static final String NAME = "4 schedule scale";

    record Outcome(double sendsPerSecond, boolean exactlyOnce) {
    }

    private static final java.util.concurrent.atomic.AtomicInteger RUNS = new java.util.concurrent.atomic.AtomicInteger();

    private ScheduleScaleScenario() {
    }

    static Outcome run(Phase phase, List<BenchService> replicas, String scenario, Settings settings, Results results, int plans,
                       String variant, String admin) throws Exception {
        String marker = "MI-B" + (char) ('A' + RUNS.getAndIncrement() % 26);
        EndToEndScenario.setUpAudiences(replicas.get(0), admin);
        Duration cadence = settings.cadence();
        Duration lead = settings.smoke() ? Duration.ofSeconds(2) : Duration.ofSeconds(20).plusMillis(plans * 8L);
        Instant t0 = Instant.now().plus(lead);
        long publishStart = System.nanoTime();
        publish(phase, marker, plans, t0, cadence);
        double createdPerSecond = awaitPlans(phase, marker, plans, t0.plus(cadence), publishStart);
        Instant from = t0.plus(cadence);
        Instant to = from.plus(cadence.multipliedBy(settings.cycles()));
        sleepUntil(to);
        Instant drainEnd = to.plus(settings.smoke() ? Duration.ofSeconds(3) : cadence);
        while (Instant.now().isBefore(drainEnd) && pendingDueBefore(phase, marker, to) > 0) {
            Thread.sleep(500);
        }
        Instant end = Instant.now();
        Map<String, Double> m = measure(phase, marker, plans, t0, cadence, from, to, end);
        boolean stopAfter = !settings.smoke();
        int audiences = 4;
        double required = plans * audiences / (double) cadence.toSeconds();
        double sendsPerSecond = m.get("sentInWindowByDue") / Duration.between(from, to).toSeconds();
        if (stopAfter) {
            replicas.forEach(BenchService::stop);
        }
        Map<String, Long> sinks = Map.of("EMAIL", phase.system.smtp.mails().stream()
                        .filter(mail -> mail.recipients().contains(EndToEndScenario.EXECUTIVE) && mail.subject() != null
                                && mail.subject().contains(marker)).count(),
                "SMS", phase.system.http.count("sms " + marker), "BULK", phase.system.http.count("govdelivery " + marker));
        Map<String, Long> sentByChannel = sentByChannel(phase, marker);
        long sinkMismatch = sinks.entrySet().stream()
                .mapToLong(e -> Math.abs(e.getValue() - sentByChannel.getOrDefault(e.getKey(), 0L))).sum();
        boolean exactlyOnce = m.get("duplicates") == 0 && sinkMismatch == 0 && m.get("unsent") == 0;
        Bench.log("%s %s: %d plans created at %.0f/s; window %s..%s: %.0f due, %.0f unsent, lateness p50 %.2f s p99 %.2f s max %.2f s;"
                        + " %.0f sends/s of %.0f required; %.0f duplicate sends; sinks %s vs sent %s",
                NAME, variant, plans, createdPerSecond, from, to, m.get("due"), m.get("unsent"), m.get("p50"), m.get("p99"),
                m.get("max"), sendsPerSecond, required, m.get("duplicates"), sinks, sentByChannel);
        results.row(scenario, variant, "p99 lateness of sends", "s").add(m.get("p99")).target("< 5 s", v -> v < 5);
        results.row(scenario, variant, "p50 lateness of sends", "s").add(m.get("p50"));
        results.row(scenario, variant, "max lateness of sends", "s").add(m.get("max"));
        results.row(scenario, variant, "updates due in the window (expected)", "count").add(m.get("due"))
                .note(plans + " plans × " + audiences + " audiences, cadence " + cadence.toSeconds() + " s, window "
                        + settings.cycles() + " cadence(s) after the first");
        results.row(scenario, variant, "updates due in the window not sent by the end", "count").add(m.get("unsent"))
                .target("0", v -> v == 0);
        results.row(scenario, variant, "deliveries sent more than once (DB)", "count").add(m.get("duplicates")).target("0", v -> v == 0);
        results.row(scenario, variant, "sink count − SENT count, all channels", "count").add(sinkMismatch).target("0", v -> v == 0);
        results.row(scenario, variant, "sends completed", "sends/s").add(sendsPerSecond)
                .target("≥ required " + Results.num(required), v -> v >= required * 0.98);
        double throughput = sentByChannel.values().stream().mapToLong(Long::longValue).sum()
                / (double) Math.max(1, Duration.between(t0, end).toSeconds());
        results.row(scenario, variant, "sender throughput, every delivery sent since the first was due", "sends/s").add(throughput);
        results.row(scenario, variant, "plans created by the consumer", "plans/s").add(createdPerSecond);
        return new Outcome(throughput, exactlyOnce);
    }

    private static void publish(Phase phase, String marker, int plans, Instant t0, Duration cadence) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, phase.system.kafka.bootstrap());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        String topic = phase.topic("major-incident.events.v1");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            for (int i = 0; i < plans; i++) {
                String id = UUID.randomUUID().toString();
                Instant declaredAt = t0.plusNanos(cadence.toNanos() * i / plans);
                producer.send(new ProducerRecord<>(topic, id, new String(Api.bytes(declared(marker, id, i, declaredAt)))));
            }
            producer.flush();
        }
    }

    /** A major-incident.declared event like docs/events/major-incident.declared.example.json, with fresh ids. */
    static Map<String, Object> declared(String marker, String id, int i, Instant declaredAt) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("majorIncidentId", id);
        data.put("number", marker + String.format("%06d", i));
        data.put("title", "Bench outage " + i);
        data.put("type", "OPERATIONAL");
        data.put("status", "DECLARED");
        data.put("serviceIds", List.of("payroll-portal"));
        data.put("incidentIds", List.of(UUID.randomUUID().toString()));
        data.put("customerOrgs", List.of("dept-of-revenue"));
        data.put("impactSummary", "bench: severity-1 incident " + i);
        data.put("coordinator", Map.of("name", "Ada Manager", "email", "ada.manager@example.org", "phone", "+1 405 555 0100",
                "role", "ITOCC_MANAGER"));
        data.put("coordinatorGap", false);
        data.put("startedAt", declaredAt.toString());
        data.put("declaredAt", declaredAt.toString());
        data.put("declaredBy", "automatic: severity-1 incident INC-B" + i);
        data.put("disaster", false);
        data.put("bridge", null);
        data.put("eoc", null);
        data.put("recoveryObjectives", null);
        data.put("latestStatus", null);
        data.put("dutyManager", Map.of("name", "Dan Duty", "email", "dan.duty@example.org", "phone", "+1 405 555 0199"));
        data.put("resolvedAt", null);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", UUID.randomUUID().toString());
        event.put("source", "/major-incident-service");
        event.put("type", "major-incident.declared");
        event.put("subject", id);
        event.put("time", Instant.now().toString());
        event.put("datacontenttype", "application/json");
        event.put("data", data);
        return event;
    }

    private static double awaitPlans(Phase phase, String marker, int plans, Instant deadline, long publishStart) throws Exception {
        long created = 0;
        while (Instant.now().isBefore(deadline.plusSeconds(120))) {
            created = scalar(phase, "select count(*) from communication_plan where reference like '" + marker + "%'");
            if (created >= plans) {
                break;
            }
            Thread.sleep(250);
        }
        double seconds = (System.nanoTime() - publishStart) / 1e9;
        if (created < plans) {
            Bench.log("%s: only %d of %d plans exist after %.0f s", NAME, created, plans, seconds);
        }
        return created / seconds;
    }

    private static long pendingDueBefore(Phase phase, String marker, Instant to) throws SQLException {
        try (Connection db = phase.db("notification-service");
             PreparedStatement sql = db.prepareStatement("select count(*) from delivery d join communication_plan p on p.id = d.plan_id"
                     + " and p.reference like '" + marker + "%' where d.state = 'PENDING' and d.due_at < ?")) {
            sql.setTimestamp(1, Timestamp.from(to));
            try (ResultSet rows = sql.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    static final List<String> AUDIENCES = List.of("executive-updates", "leadership-text", "customer-bulletin", "status-page");

    /**
     * Lateness over every update that should fall due in [from, to): plan i was declared at t0 + i·cadence/plans, so
     * its audiences are due at that instant plus whole cadences. An update sent is late by sent_at − due; one not
     * sent by {@code end} (still pending, missed, or never even scheduled because the sender fell behind) counts
     * with end − due, a lower bound.
     */
    private static Map<String, Double> measure(Phase phase, String marker, int plans, Instant t0, Duration cadence,
                                               Instant from, Instant to, Instant end) throws SQLException {
        Map<String, Long> sentAt = new HashMap<>();
        try (Connection db = phase.db("notification-service");
             PreparedStatement sql = db.prepareStatement("select p.reference, d.audience, d.due_at, d.sent_at from delivery d"
                     + " join communication_plan p on p.id = d.plan_id and p.reference like '" + marker + "%'"
                     + " where d.kind = 'UPDATE' and d.state = 'SENT' and d.due_at >= ? and d.due_at < ?")) {
            sql.setTimestamp(1, Timestamp.from(from.minusMillis(1)));
            sql.setTimestamp(2, Timestamp.from(to.plusMillis(1)));
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    sentAt.put(rows.getString(1) + "|" + rows.getString(2) + "|" + rows.getTimestamp(3).getTime(),
                            rows.getTimestamp(4).getTime());
                }
            }
        }
        List<Long> lateness = new ArrayList<>();
        long unsent = 0;
        for (int i = 0; i < plans; i++) {
            String reference = marker + String.format("%06d", i);
            Instant declared = t0.plusNanos(cadence.toNanos() * i / plans);
            for (Instant due = declared; due.isBefore(to); due = due.plus(cadence)) {
                if (due.isBefore(from)) {
                    continue;
                }
                long dueMillis = Timestamp.from(due).getTime();
                for (String audience : AUDIENCES) {
                    Long sent = sentAt.get(reference + "|" + audience + "|" + dueMillis);
                    if (sent == null) {
                        unsent++;
                    }
                    lateness.add(Math.max(0, (sent != null ? sent : end.toEpochMilli()) - dueMillis) * 1_000_000L);
                }
            }
        }
        Latencies l = new Latencies(lateness.stream().mapToLong(Long::longValue).toArray(), 0);
        Map<String, Double> m = new HashMap<>();
        m.put("due", (double) lateness.size());
        m.put("unsent", (double) unsent);
        m.put("sentInWindowByDue", (double) (lateness.size() - unsent));
        m.put("p50", l.percentileMs(50) / 1000);
        m.put("p99", l.percentileMs(99) / 1000);
        m.put("max", l.percentileMs(100) / 1000);
        m.put("duplicates", (double) scalar(phase, "select count(*) from (select delivery_id from delivery_attempt"
                + " where outcome = 'SENT' group by delivery_id having count(*) > 1) twice"));
        return m;
    }

    private static Map<String, Long> sentByChannel(Phase phase, String marker) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (Connection db = phase.db("notification-service"); Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("select d.channel, count(*) from delivery d join communication_plan p on p.id = d.plan_id"
                     + " and p.reference like '" + marker + "%' where d.state = 'SENT' group by d.channel")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    private static long scalar(Phase phase, String query) throws SQLException {
        try (Connection db = phase.db("notification-service"); Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void sleepUntil(Instant when) throws InterruptedException {
        long millis = Duration.between(Instant.now(), when).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}
