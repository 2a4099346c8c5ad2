package org.opsdesk.e2e.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.opsdesk.e2e.OpsDeskSystem;
import org.opsdesk.e2e.ServiceProcess;

/** The faults of the drill, each injected while the load runs; each records what it did and what it saw. */
final class Faults {

    /** Topic → the services consuming it (their consumer group has the service's name). */
    static final Map<String, List<String>> CONSUMED_BY = Map.of(
            Topics.INCIDENT, List.of("major-incident-service", "notification-service", "review-service"),
            Topics.MAJOR_INCIDENT, List.of("incident-service", "notification-service", "review-service"),
            Topics.REVIEW, List.of("notification-service"));

    final List<Fault> done = new ArrayList<>();
    private Fault poisoned;
    private final OpsDeskSystem system;
    private final PrivatePostgres postgres;
    private final Readiness readiness;
    private final Client client;
    private final Load load;
    private final Audit audit;
    private final Topics topics;
    private final Duration cadence;

    Faults(OpsDeskSystem system, PrivatePostgres postgres, Readiness readiness, Client client, Load load, Audit audit,
           Topics topics, Duration cadence) {
        this.system = system;
        this.postgres = postgres;
        this.readiness = readiness;
        this.client = client;
        this.load = load;
        this.audit = audit;
        this.topics = topics;
        this.cadence = cadence;
    }

    /** 1 and 5: the broker dies; optionally incident-service is killed -9 while its relay publishes the backlog. */
    void brokerOutage(Duration down, boolean killRelayAfterRestart) throws SQLException {
        Fault fault = begin("Kafka broker killed for " + down.toSeconds() + " s"
                + (killRelayAfterRestart ? ", then incident-service killed -9 while its relay publishes the backlog" : ""));
        long published = topics.endOffsets(Topics.INCIDENT);
        system.kafka().kill();
        long outageFrom = System.currentTimeMillis();
        Load.pause(down);
        long outageTo = System.currentTimeMillis();
        List<String> wentDown = OpsDeskSystem.SERVICES.stream()
                .filter(s -> readiness.wentDown(s, outageFrom, outageTo)).toList();
        fault.readinessDown = !wentDown.isEmpty();
        fault.check(wentDown.isEmpty(), "every replica stayed READY during the outage%s", wentDown.isEmpty() ? "" : "; DOWN on " + wentDown);
        checkAnsweredAtOnce(fault, outageFrom, outageTo);
        fault.check(incidentMetric("opsdesk_kafka_reachable") == 0.0, "opsdesk_kafka_reachable 0 during the outage (the wellness signal)");
        long backlog = audit.outboxRows("incident-service");
        long lastOfOutage = audit.count("incident-service", "select coalesce(max(seq), 0) from outbox_event");
        fault.check(backlog > 0, "%d incident-service outbox rows waiting for the broker at the end of the outage (requests kept being accepted)", backlog);
        system.kafka().start();
        fault.repaired();
        if (killRelayAfterRestart) {
            ServiceProcess incidents = system.service("incident-service");
            boolean publishing = topics.awaitGrowth(Topics.INCIDENT, published + 1, Duration.ofSeconds(30));
            incidents.kill();
            long left = audit.outboxRows("incident-service");
            fault.note("relay %s; killed -9 with %d rows still in its outbox", publishing ? "had begun publishing" : "had not published within 30 s", left);
            incidents.start();
        }
        awaitAllReady(fault);
        fault.check(drained(lastOfOutage, Duration.ofSeconds(120)), "the backlog drained: every outbox row of the outage published %.1f s after the repair",
                (System.currentTimeMillis() - fault.repairedAt) / 1000.0);
    }

    /** Whether incident-service's relay published every outbox row up to {@code lastSeq} within the timeout. */
    private boolean drained(long lastSeq, Duration timeout) throws SQLException {
        Instant deadline = Instant.now().plus(timeout);
        while (audit.count("incident-service", "select count(*) from outbox_event where seq <= " + lastSeq) > 0) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            Load.pause(Duration.ofSeconds(1));
        }
        return true;
    }

    /** Every request the load sent in [from, to] was answered 2xx at its first attempt (no 503, no retry). */
    private void checkAnsweredAtOnce(Fault fault, long from, long to) {
        List<Ledger.Call> sent = client.ledger().calls().stream().filter(c -> c.sentAtMillis() >= from && c.sentAtMillis() <= to).toList();
        List<String> notAtOnce = sent.stream().filter(c -> !c.accepted() || c.attempts() > 1)
                .map(c -> c.kind() + " " + c.outcome() + " " + c.status() + " after " + c.attempts() + " attempt(s)").limit(5).toList();
        fault.check(!sent.isEmpty() && notAtOnce.isEmpty(), "%d requests sent during the outage, each answered 2xx at once%s",
                sent.size(), notAtOnce.isEmpty() ? "" : "; not: " + notAtOnce);
    }

    /** A gauge of incident-service's /q/metrics, NaN when absent. */
    private double incidentMetric(String name) {
        String metrics = Client.text(system.service("incident-service").url() + "/q/metrics");
        return metrics.lines().filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst().orElse(Double.NaN);
    }

    /** 2 and 5: kill -9 of each service in turn, each at a moment that matters to it. */
    void killEachService(Duration down) throws SQLException {
        for (String service : OpsDeskSystem.SERVICES) {
            ServiceProcess process = system.service(service);
            Fault fault = begin("kill -9 " + process.id() + switch (service) {
                case "incident-service" -> " right after a commit, before its relay published";
                case "notification-service" -> " while its scheduler is sending a due slot";
                default -> " mid-load";
            });
            switch (service) {
                case "incident-service" -> afterCommit(fault, process);
                case "notification-service" -> whileSending(fault, process);
                default -> process.kill();
            }
            fault.readinessDown = true;
            Load.pause(down);
            fault.repaired();
            process.start();
            awaitAllReady(fault);
        }
    }

    /** Logs an incident and kills the service the moment its row is committed, before the answer and, mostly, the relay. */
    private void afterCommit(Fault fault, ServiceProcess incidents) throws SQLException {
        String token = load.token("k");
        Thread request = new Thread(() -> client.post(Ledger.Kind.INCIDENT, token, incidents.url() + "/api/v1/incidents", Load.DESK,
                Map.of("source", "PHONE", "summary", "Drill " + token + ": logged just before the crash", "severity", 3), true));
        request.start();
        String id = null;
        try (Connection db = system.db("incident-service");
             PreparedStatement committed = db.prepareStatement("select id::text from incident where summary like ?")) {
            committed.setString(1, "Drill " + token + ":%");
            Instant deadline = Instant.now().plusSeconds(30);
            while (id == null && Instant.now().isBefore(deadline)) {
                try (ResultSet rows = committed.executeQuery()) {
                    id = rows.next() ? rows.getString(1) : null;
                }
            }
            incidents.kill();
            join(request);
            if (id == null) {
                fault.fail("the incident logged before the kill was not committed within 30 s");
                return;
            }
            try (PreparedStatement outbox = db.prepareStatement("select count(*) from outbox_event where subject = ?")) {
                outbox.setString(1, id);
                try (ResultSet rows = outbox.executeQuery()) {
                    rows.next();
                    fault.note("killed the moment its incident was committed: incident.created %s", rows.getLong(1) > 0
                            ? "still in the outbox (committed, not yet published)" : "already published by the relay");
                }
            }
        }
    }

    private void whileSending(Fault fault, ServiceProcess notification) throws SQLException {
        awaitActivePlan(fault);
        Timestamp due;
        try (Connection db = system.db("notification-service"); ResultSet rows = db.createStatement().executeQuery(
                "select min(next_attempt_at) from delivery where state = 'PENDING' and next_attempt_at > now()")) {
            rows.next();
            due = rows.getTimestamp(1);
        }
        if (due != null && due.toInstant().isBefore(Instant.now().plus(cadence.multipliedBy(2)))) {
            Load.pause(Duration.between(Instant.now(), due.toInstant().plusMillis(400)));
            fault.note("killed 400 ms after a slot fell due at %s (the sender runs every second)", due.toInstant());
        } else {
            fault.note("no slot due soon: killed mid-load");
        }
        notification.kill();
    }

    /** 5: consumers killed -9 while they work through a burst of events. */
    void consumersMidBatch(int burst) {
        Fault fault = begin("kill -9 of consumers mid-batch (major-incident-service, review-service) after a burst of " + burst + " incidents");
        List<Thread> posters = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread poster = new Thread(() -> {
                for (int i = 0; i < burst / 8; i++) {
                    String token = load.token("b");
                    client.post(Ledger.Kind.INCIDENT, token, system.url("incident-service") + "/api/v1/incidents", Load.DESK,
                            Map.of("source", "PHONE", "summary", "Drill " + token + ": burst before the consumers die", "severity", 4), true);
                }
            });
            poster.start();
            posters.add(poster);
        }
        posters.forEach(Faults::join);
        List<ServiceProcess> victims = List.of(system.service("major-incident-service"), system.service("review-service"));
        Load.pause(Duration.ofMillis(300));
        for (ServiceProcess victim : victims) {
            long lag = topics.lag(victim.name(), Topics.INCIDENT);
            victim.kill();
            fault.note("%s killed with %d incident events not yet committed by its group", victim.id(), lag);
        }
        fault.readinessDown = true;
        Load.pause(Duration.ofSeconds(2));
        fault.repaired();
        restart(fault, victims);
    }

    /** 3: PostgreSQL restarted (the drill's own cluster). */
    void postgresRestart(Duration down) {
        Fault fault = begin("PostgreSQL stopped for " + down.toSeconds() + " s and restarted");
        if (postgres == null) {
            fault.note("skipped: the drill runs on the shared PostgreSQL (no server binaries for a private cluster)");
            return;
        }
        postgres.stop();
        Load.pause(down);
        List<String> stayedUp = OpsDeskSystem.SERVICES.stream()
                .filter(s -> !readiness.wentDown(s + "#1", fault.startedAt, System.currentTimeMillis())).toList();
        fault.readinessDown = stayedUp.isEmpty();
        fault.check(stayedUp.isEmpty(), "readiness DOWN on every service while the database was down%s",
                stayedUp.isEmpty() ? "" : "; not on " + stayedUp);
        postgres.start();
        fault.repaired();
        awaitAllReady(fault);
    }

    /** 4: the second replica of notification-service and of review-service killed -9; the first carries on alone. */
    void replicaLoss(Duration down) throws SQLException {
        Fault fault = begin("second replicas of notification-service and review-service killed -9");
        List<ServiceProcess> victims = new ArrayList<>();
        for (String service : List.of("notification-service", "review-service")) {
            List<ServiceProcess> replicas = system.replicas(service);
            if (replicas.size() < 2) {
                fault.note("skipped for %s: one replica only", service);
                continue;
            }
            victims.add(replicas.get(1));
        }
        long sentBefore = audit.count("notification-service", "select count(*) from delivery where state = 'SENT'");
        victims.forEach(ServiceProcess::kill);
        Load.pause(down);
        long sentDuring = audit.count("notification-service", "select count(*) from delivery where state = 'SENT'") - sentBefore;
        fault.note("the remaining notification replica sent %d deliveries while the other was dead", sentDuring);
        fault.readinessDown = null;
        fault.repaired();
        restart(fault, victims);
    }

    /** 6: every notification replica frozen (SIGSTOP) across due times; on recovery each late slot goes out once. */
    void pausedScheduler(Duration paused) throws SQLException {
        Fault fault = begin("notification scheduler stopped (SIGSTOP) for " + paused.toSeconds() + " s across due times");
        awaitActivePlan(fault);
        List<ServiceProcess> replicas = system.replicas("notification-service");
        Instant from = Instant.now();
        replicas.forEach(ServiceProcess::pause);
        Load.pause(paused);
        Instant until = Instant.now();
        replicas.forEach(ServiceProcess::resume);
        fault.repaired();
        fault.readinessDown = readiness.wentDown("notification-service", fault.startedAt, System.currentTimeMillis());
        awaitAllReady(fault);
        Load.pause(Duration.ofSeconds(5));
        long sentTwice = 0;
        long sent = 0;
        long missed = 0;
        try (Connection db = system.db("notification-service"); PreparedStatement sql = db.prepareStatement(
                "select count(*) filter (where state = 'SENT'), count(*) filter (where state = 'MISSED') from delivery"
                        + " where plan_id is not null and due_at between ? and ? group by plan_id, audience")) {
            sql.setTimestamp(1, Timestamp.from(from));
            sql.setTimestamp(2, Timestamp.from(until));
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    sent += rows.getLong(1);
                    missed += rows.getLong(2);
                    sentTwice += rows.getLong(1) > 1 ? 1 : 0;
                }
            }
        }
        fault.check(sentTwice == 0, "slots due during the pause: %d sent late (one per plan and audience), %d recorded MISSED"
                + " (covered by the late one)%s", sent, missed, sentTwice == 0 ? "" : "; " + sentTwice + " audiences got more than one");
        fault.note("watchdog /q/health/well DOWN for %.1f s after the resume",
                readiness.downMillis("notification-service#1 well", until.toEpochMilli(), System.currentTimeMillis()) / 1000.0);
    }

    /** 7: a record that is not an event on each consumed topic: parked on every consumer's dead-letter topic with the reason. */
    void poison() {
        Fault fault = begin("poison record on each consumed topic");
        fault.readinessDown = null;
        poisoned = fault;
        Map<String, Long> offsets = new java.util.LinkedHashMap<>();
        for (String topic : CONSUMED_BY.keySet()) {
            offsets.put(topic, topics.send(topic, 0, poisonKey(topic), "{ this is not an event"));
        }
        long sent = System.currentTimeMillis();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        for (var poison : offsets.entrySet()) {
            for (String service : CONSUMED_BY.get(poison.getKey())) {
                String dlq = service + ".dead-letter.v1";
                String reason = null;
                long committed = -1;
                while (Instant.now().isBefore(deadline) && (reason == null || committed <= poison.getValue())) {
                    reason = reason != null ? reason : reason(dlq, poisonKey(poison.getKey()));
                    committed = topics.committed(service, new TopicPartition(poison.getKey(), 0));
                    if (reason == null || committed <= poison.getValue()) {
                        Load.pause(Duration.ofSeconds(1));
                    }
                }
                fault.check(reason != null, "%s: parked on %s, reason \"%s\"", service, dlq, reason);
                fault.check(committed > poison.getValue(), "%s: partition 0 of %s kept flowing (committed %d, poison at %d)",
                        service, poison.getKey(), committed, poison.getValue());
            }
        }
        fault.note("every consumer had parked its poison and moved past it %.1f s after it was published",
                (System.currentTimeMillis() - sent) / 1000.0);
    }

    /** The depth of every dead-letter topic and what the services' metrics say of it (at the end: metrics lag). */
    void deadLetterDepths() {
        if (poisoned == null) {
            return;
        }
        for (String service : OpsDeskSystem.SERVICES) {
            String dlq = service + ".dead-letter.v1";
            poisoned.note("at the end, %s depth %d; kafka_producer_topic_record_send_total{topic=\"%s\"} summed over the replicas: %s",
                    dlq, topics.readAll(dlq).size(), dlq, deadLetterMetric(service));
        }
    }

    static String poisonKey(String topic) {
        return "drill-poison-" + topic;
    }

    private String reason(String dlq, String key) {
        for (ConsumerRecord<String, String> record : topics.readAll(dlq)) {
            if (key.equals(record.key()) && record.headers().lastHeader("dead-letter-reason") != null) {
                return new String(record.headers().lastHeader("dead-letter-reason").value(), java.nio.charset.StandardCharsets.UTF_8)
                        .lines().findFirst().orElse("");
            }
        }
        return null;
    }

    /** What the replicas' Prometheus endpoints count as sent to the service's dead-letter topic ("none" without a series). */
    private String deadLetterMetric(String service) {
        String label = "topic=\"" + service + ".dead-letter.v1\"";
        double sent = 0;
        boolean found = false;
        for (ServiceProcess replica : system.replicas(service)) {
            try {
                var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(replica.url() + "/q/metrics")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                for (String line : response.body().lines().filter(l -> l.startsWith("kafka_producer_topic_record_send_total") && l.contains(label)).toList()) {
                    sent += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                    found = true;
                }
            } catch (java.io.IOException e) {
                return "metrics of " + replica.id() + " unreachable";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }
        return found ? String.valueOf((long) sent) : "none";
    }

    /** 8: the same alert and the same declaration posted concurrently from many connections, with retries. */
    void sameRequests(int connections) throws SQLException {
        Fault fault = begin("the same alert and the same major-incident declaration from " + connections + " connections at once");
        fault.readinessDown = null;
        String dedupKey = load.token("same-alert");
        concurrently(connections, () -> client.post(Ledger.Kind.SAME_ALERT, dedupKey, system.url("incident-service") + "/api/v1/alerts",
                Load.MONITORING, Load.alert(dedupKey, "Disk almost full (" + dedupKey + ")"), true));
        long incidents = audit.alerts().getOrDefault(dedupKey, 0L);
        fault.check(incidents == 1, "one alert, %d posts: %d incident(s)", connections, incidents);

        String token = load.token("declare");
        JsonNode incident = client.post(Ledger.Kind.INCIDENT, token, system.url("incident-service") + "/api/v1/incidents", Load.DESK,
                Map.of("source", "PHONE", "summary", "Drill " + token + ": storage array degraded", "severity", 3), true);
        if (incident == null) {
            fault.fail("the incident to declare was not accepted");
            return;
        }
        String incidentId = incident.path("id").asText();
        AtomicInteger created = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        concurrently(connections, () -> {
            JsonNode answer = client.post(Ledger.Kind.SAME_DECLARATION, token, system.url("major-incident-service") + "/api/v1/major-incidents",
                    Load.ITOCC, Map.of("title", "Drill " + token + ": storage array degraded", "type", "OPERATIONAL",
                            "serviceIds", List.of("drill-storage"), "impactSummary", "Shared storage is slow for every agency", "incidentIds", List.of(incidentId)), false);
            (answer != null ? created : conflicts).incrementAndGet();
        });
        long majors = audit.counts("major-incident-service", "select incident_id::text, count(*) from major_incident_incident"
                + " where incident_id = '" + incidentId + "' group by 1").getOrDefault(incidentId, 0L);
        fault.check(created.get() == 1 && majors == 1, "one incident, %d declarations: %d created, %d refused, %d major incident(s)",
                connections, created.get(), conflicts.get(), majors);
    }

    private static void concurrently(int threads, Runnable request) {
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> all = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                request.run();
            });
            thread.start();
            all.add(thread);
        }
        start.countDown();
        all.forEach(Faults::join);
    }

    /** Waits (at most two minutes) for a communication plan to be active, so the fault meets a schedule. */
    private void awaitActivePlan(Fault fault) throws SQLException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (audit.count("notification-service", "select count(*) from communication_plan where status = 'ACTIVE'") == 0) {
            if (Instant.now().isAfter(deadline)) {
                fault.note("no communication plan active within two minutes");
                return;
            }
            Load.pause(Duration.ofSeconds(1));
        }
    }

    private Fault begin(String name) {
        FaultDrill.log("fault: %s", name);
        Fault fault = new Fault(name);
        done.add(fault);
        return fault;
    }

    /** Starts the killed processes again and notes, for each, where its time to readiness went (its log's timestamps). */
    private void restart(Fault fault, List<ServiceProcess> victims) {
        victims.forEach(ServiceProcess::start);
        for (ServiceProcess victim : victims) {
            victim.awaitReady(Duration.ofSeconds(240));
            fault.note("%s: %s", victim.id(), StartupPhases.of(victim.log(), fault.repairedAt, System.currentTimeMillis()));
        }
        awaitAllReady(fault);
    }

    private void awaitAllReady(Fault fault) {
        for (String service : OpsDeskSystem.SERVICES) {
            for (ServiceProcess replica : system.replicas(service)) {
                replica.awaitReady(Duration.ofSeconds(240));
            }
        }
        fault.recovered();
        fault.note("every replica ready %.1f s after the repair", fault.recoverySeconds());
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
