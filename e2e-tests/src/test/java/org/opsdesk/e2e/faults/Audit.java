package org.opsdesk.e2e.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.MessagingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.opsdesk.e2e.OpsDeskSystem;

/**
 * After the faults: what the databases, the topics and the sinks say. Every accepted request is looked up by its
 * token; every event on a topic is looked up in the inbox ({@code processed_event}) of every consumer of that topic;
 * every sent communication slot is compared with what the SMTP server and the HTTP sink received.
 */
final class Audit {

    /** Inbox consumer name → the topic it reads and the service whose database holds its inbox. */
    static final Map<String, String[]> CONSUMERS = new LinkedHashMap<>();

    static {
        CONSUMERS.put("incident-service", new String[] {Topics.MAJOR_INCIDENT, "incident-service"});
        CONSUMERS.put("major-incident-service", new String[] {Topics.INCIDENT, "major-incident-service"});
        CONSUMERS.put("notification-service.incidents", new String[] {Topics.INCIDENT, "notification-service"});
        CONSUMERS.put("notification-service.major-incidents", new String[] {Topics.MAJOR_INCIDENT, "notification-service"});
        CONSUMERS.put("notification-service.reviews", new String[] {Topics.REVIEW, "notification-service"});
        CONSUMERS.put("review-service.incidents", new String[] {Topics.INCIDENT, "review-service"});
        CONSUMERS.put("review-service.major-incidents", new String[] {Topics.MAJOR_INCIDENT, "review-service"});
    }

    /** The drill's audiences with a person in them: executive email and leadership SMS. */
    static final String EMAIL_AUDIENCE = "executive-updates";
    static final String SMS_AUDIENCE = "leadership-text";

    /** One line of the exactly-once table. */
    record Delivery(String what, long expected, long found, long missing, long extra) {
    }

    final List<String> lost = new ArrayList<>();
    final List<String> duplicated = new ArrayList<>();
    final List<Delivery> deliveries = new ArrayList<>();
    final Map<String, Long> figures = new LinkedHashMap<>();

    private final OpsDeskSystem system;
    private final Topics topics;
    private final String executiveEmail;
    private final String executivePhone;

    Audit(OpsDeskSystem system, Topics topics, String executiveEmail, String executivePhone) {
        this.system = system;
        this.topics = topics;
        this.executiveEmail = executiveEmail;
        this.executivePhone = executivePhone;
    }

    /**
     * Waits until every outbox is empty, every consumer group has committed every record (processed or parked on its
     * dead-letter topic) and nothing due is unsent.
     */
    boolean settle(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (outboxRows() == 0 && uncommittedRecords() == 0 && dueUnsent() == 0) {
                    return true;
                }
            } catch (SQLException | RuntimeException e) {
                // a service or the database is still coming back
            }
            Load.pause(Duration.ofSeconds(2));
        }
        return false;
    }

    long outboxRows() throws SQLException {
        long rows = 0;
        for (String service : OpsDeskSystem.SERVICES) {
            rows += count(service, "select count(*) from outbox_event");
        }
        return rows;
    }

    long outboxRows(String service) throws SQLException {
        return count(service, "select count(*) from outbox_event");
    }

    private long uncommittedRecords() {
        long lag = 0;
        for (var topic : Faults.CONSUMED_BY.entrySet()) {
            for (String group : topic.getValue()) {
                long behind = topics.lag(group, topic.getKey());
                lag += behind < 0 ? 1 : behind;
            }
        }
        return lag;
    }

    private long dueUnsent() throws SQLException {
        return count("notification-service", "select count(*) from delivery where state = 'PENDING' and next_attempt_at < now() - interval '5 seconds'");
    }

    /** Everything, once the system has settled. */
    void run(Ledger ledger, Map<String, Load.Major> majors) throws SQLException {
        requests(ledger);
        events();
        majorIncidentsAndReviews(majors);
        slots();
    }

    private void requests(Ledger ledger) throws SQLException {
        Map<String, Long> incidents = counts("incident-service",
                "select substring(summary from 'Drill ([^:]+):'), count(*) from incident where summary like 'Drill %' group by 1");
        Map<String, Long> alerts = alerts();
        Map<String, Long> updates = counts("major-incident-service",
                "select substring(nature from 'Drill ([^:]+):'), count(*) from status_update where nature like 'Drill %' group by 1");
        long inDoubtPersisted = 0;
        for (Ledger.Call call : ledger.calls()) {
            Map<String, Long> stored = switch (call.kind()) {
                case INCIDENT, SEVERE_INCIDENT -> incidents;
                case ALERT, SAME_ALERT -> alerts;
                case STATUS_UPDATE -> updates;
                default -> null;
            };
            if (stored == null) {
                continue;
            }
            long rows = stored.getOrDefault(call.token(), 0L);
            if (call.accepted() && rows == 0) {
                lost.add(call.kind() + " " + call.token() + " answered " + call.status() + " but is not in the database");
            }
            if (call.outcome() == Ledger.Outcome.IN_DOUBT && rows > 0) {
                inDoubtPersisted++;
            }
        }
        incidents.forEach((token, rows) -> {
            if (rows > 1) {
                duplicated.add("incident " + token + " stored " + rows + " times");
            }
        });
        alerts.forEach((key, rows) -> {
            if (rows > 1) {
                duplicated.add("alert " + key + " opened " + rows + " incidents");
            }
        });
        updates.forEach((token, rows) -> {
            if (rows > 1) {
                duplicated.add("status update " + token + " stored " + rows + " times");
            }
        });
        figures.put("in doubt and persisted", inDoubtPersisted);
    }

    /** The load's alert keys → how many incidents each opened (generic alerts are stored as "source/dedupKey"). */
    Map<String, Long> alerts() throws SQLException {
        return counts("incident-service", "select substring(dedup_key from " + (Load.ALERT_SOURCE.length() + 2) + "), count(distinct incident_id)"
                + " from monitored_alert where source = 'GENERIC' and dedup_key like '" + Load.ALERT_SOURCE + "/%' group by 1");
    }

    private void events() throws SQLException {
        Map<String, Map<String, Long>> published = new HashMap<>();
        for (String topic : List.of(Topics.INCIDENT, Topics.MAJOR_INCIDENT, Topics.NOTIFICATION, Topics.REVIEW)) {
            List<ConsumerRecord<String, String>> records = topics.readAll(topic);
            Map<String, Long> ids = eventIds(records);
            published.put(topic, ids);
            figures.put("events on " + topic, (long) ids.size());
            figures.put("records on " + topic + " published more than once (same event id)",
                    ids.values().stream().filter(n -> n > 1).mapToLong(n -> n - 1).sum());
        }
        for (var consumer : CONSUMERS.entrySet()) {
            String topic = consumer.getValue()[0];
            Set<String> expected = published.get(topic).keySet();
            Set<String> processed = processed(consumer.getValue()[1], consumer.getKey());
            Set<String> missing = new HashSet<>(expected);
            missing.removeAll(processed);
            Set<String> extra = new HashSet<>(processed);
            extra.removeAll(expected);
            deliveries.add(new Delivery(topic + " → " + consumer.getKey(), expected.size(), processed.size(), missing.size(), extra.size()));
            missing.stream().limit(10).forEach(id -> lost.add("event " + id + " on " + topic + " never processed by " + consumer.getKey()));
        }
    }

    private void majorIncidentsAndReviews(Map<String, Load.Major> majors) throws SQLException {
        Map<String, Long> perIncident = counts("major-incident-service",
                "select incident_id::text, count(*) from major_incident_incident group by 1");
        Map<String, Long> reviews = counts("review-service", "select trigger_key, count(*) from review group by 1");
        Map<String, Long> resolved = counts("major-incident-service",
                "select id::text, 1 from major_incident where resolved_at is not null");
        long majorsFound = 0;
        for (Load.Major major : majors.values()) {
            long found = perIncident.getOrDefault(major.incidentId, 0L);
            majorsFound += found;
            if (found == 0) {
                lost.add("severity-1 incident " + major.incidentId + " declared no major incident");
            }
            if (reviews.getOrDefault("severity-1:" + major.incidentId, 0L) == 0) {
                lost.add("severity-1 incident " + major.incidentId + " has no post-incident review");
            }
        }
        perIncident.forEach((incident, n) -> {
            if (n > 1) {
                duplicated.add("incident " + incident + " is in " + n + " major incidents");
            }
        });
        for (String id : resolved.keySet()) {
            if (reviews.getOrDefault("major-incident:" + id, 0L) == 0) {
                lost.add("resolved major incident " + id + " has no after-action review");
            }
        }
        reviews.forEach((trigger, n) -> {
            if (n > 1) {
                duplicated.add("review " + trigger + " opened " + n + " times");
            }
        });
        figures.put("major incidents declared by the load's severity-1 incidents", majorsFound);
        figures.put("major incidents resolved", (long) resolved.size());
        figures.put("reviews opened", (long) reviews.size());
    }

    private void slots() throws SQLException {
        Map<String, Long> states = counts("notification-service", "select d.audience || ' ' || d.state, count(*) from delivery d"
                + " where d.plan_id is not null group by 1");
        states.forEach((audienceState, n) -> figures.put("slots " + audienceState, n));
        // read the sinks between two equal reads of the database, so a send in between cannot look like a duplicate
        Map<String, Long> sentEmail;
        Map<String, Long> sentSms;
        Map<String, Long> emails;
        Map<String, Long> sms;
        int reads = 0;
        do {
            sentEmail = sentPerReference(EMAIL_AUDIENCE);
            sentSms = sentPerReference(SMS_AUDIENCE);
            emails = emailsPerReference();
            sms = smsPerReference();
        } while (++reads < 10 && !(sentEmail.equals(sentPerReference(EMAIL_AUDIENCE)) && sentSms.equals(sentPerReference(SMS_AUDIENCE))));
        compare("email", sentEmail, emails);
        compare("SMS", sentSms, sms);
        long failed = states.entrySet().stream().filter(e -> e.getKey().equals(EMAIL_AUDIENCE + " FAILED") || e.getKey().equals(SMS_AUDIENCE + " FAILED"))
                .mapToLong(Map.Entry::getValue).sum();
        for (long i = 0; i < failed; i++) {
            lost.add("a slot of the executive email or leadership SMS audience FAILED (" + failed + " in all)");
        }
        long dueUnsent = dueUnsent();
        for (long i = 0; i < dueUnsent; i++) {
            lost.add("a communication slot due but still unsent at the end (" + dueUnsent + " in all)");
        }
        figures.put("slots sent (email + SMS audiences)", sentEmail.values().stream().mapToLong(Long::longValue).sum()
                + sentSms.values().stream().mapToLong(Long::longValue).sum());
        figures.put("emails received by the executive", emails.values().stream().mapToLong(Long::longValue).sum());
        figures.put("SMS received by the leadership phone", sms.values().stream().mapToLong(Long::longValue).sum());
    }

    private void compare(String channel, Map<String, Long> sent, Map<String, Long> received) {
        Set<String> references = new java.util.TreeSet<>(sent.keySet());
        references.addAll(received.keySet());
        long expected = 0;
        long found = 0;
        long missing = 0;
        long extra = 0;
        for (String reference : references) {
            long s = sent.getOrDefault(reference, 0L);
            long r = received.getOrDefault(reference, 0L);
            expected += s;
            found += r;
            // one line per message missing or received twice, so the figures count messages
            for (long i = r; i < s; i++) {
                lost.add(reference + ": " + s + " " + channel + " slots SENT, " + r + " received");
            }
            for (long i = s; i < r; i++) {
                duplicated.add(reference + ": " + s + " " + channel + " slots SENT, " + r + " received");
            }
            missing += Math.max(0, s - r);
            extra += Math.max(0, r - s);
        }
        deliveries.add(new Delivery("sent " + channel + " slots → " + (channel.equals("email") ? "SMTP server" : "HTTP sink"),
                expected, found, missing, extra));
    }

    private Map<String, Long> sentPerReference(String audience) throws SQLException {
        try (Connection db = system.db("notification-service"); PreparedStatement sql = db.prepareStatement(
                "select p.reference, count(*) from delivery d join communication_plan p on p.id = d.plan_id"
                        + " where d.audience = ? and d.state = 'SENT' group by 1")) {
            sql.setString(1, audience);
            return rows(sql);
        }
    }

    /**
     * Emails in the executive's mailbox, by the reference their subject begins with ({@code [MI-0001] …}): one per
     * Message-ID, as a mail client shows them. A delivery keeps its Message-ID on every attempt, so a repeat after a
     * lost outcome (a crash between the server's acceptance and the commit) is counted in {@code repeats} instead.
     */
    private Map<String, Long> emailsPerReference() {
        GreenMailUser user = system.mail().getUserManager().getUserByEmail(executiveEmail);
        if (user == null) {
            return Map.of();
        }
        try {
            Map<String, Set<String>> messages = new TreeMap<>();
            long copies = 0;
            for (StoredMessage message : system.mail().getManagers().getImapHostManager().getInbox(user).getMessages()) {
                String subject = message.getMimeMessage().getSubject();
                if (subject != null && subject.startsWith("[") && subject.indexOf(']') > 0) {
                    copies++;
                    messages.computeIfAbsent(subject.substring(1, subject.indexOf(']')), reference -> new HashSet<>())
                            .add(message.getMimeMessage().getMessageID());
                }
            }
            return distinct(messages, copies, "email repeats with the Message-ID of a message already received");
        } catch (FolderException | MessagingException e) {
            throw new IllegalStateException("cannot read the executive's mailbox", e);
        }
    }

    /**
     * SMS the gateway received for the leadership phone, by the reference their text begins with: one per
     * Idempotency-Key, as a gateway that honours the key sends them; repeats of a key are counted apart.
     */
    private Map<String, Long> smsPerReference() {
        Map<String, Set<String>> messages = new TreeMap<>();
        long requests = 0;
        for (var request : system.sink().findAll(WireMock.postRequestedFor(WireMock.urlEqualTo("/sms/messages")))) {
            JsonNode body = Client.read(request.getBodyAsString());
            if (executivePhone.equals(body.path("to").asText())) {
                requests++;
                String key = request.containsHeader("Idempotency-Key") ? request.getHeader("Idempotency-Key") : request.getId().toString();
                messages.computeIfAbsent(body.path("body").asText().split(" ", 2)[0], reference -> new HashSet<>()).add(key);
            }
        }
        return distinct(messages, requests, "SMS requests repeating the Idempotency-Key of one already received");
    }

    private Map<String, Long> distinct(Map<String, Set<String>> keysPerReference, long received, String repeatsFigure) {
        Map<String, Long> counts = new TreeMap<>();
        keysPerReference.forEach((reference, keys) -> counts.put(reference, (long) keys.size()));
        figures.put(repeatsFigure, received - counts.values().stream().mapToLong(Long::longValue).sum());
        return counts;
    }

    /** Event id → how many records carry it; records that are not events (the poison) are left out. */
    static Map<String, Long> eventIds(List<ConsumerRecord<String, String>> records) {
        Map<String, Long> ids = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            JsonNode event = Client.read(record.value());
            String id = event.path("id").asText("");
            if (!id.isEmpty() && event.has("type")) {
                ids.merge(id, 1L, Long::sum);
            }
        }
        return ids;
    }

    private Set<String> processed(String service, String consumer) throws SQLException {
        try (Connection db = system.db(service);
             PreparedStatement sql = db.prepareStatement("select event_id from processed_event where consumer = ?")) {
            sql.setString(1, consumer);
            Set<String> ids = new HashSet<>();
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }

    long count(String service, String query) throws SQLException {
        try (Connection db = system.db(service); ResultSet rows = db.createStatement().executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    Map<String, Long> counts(String service, String query) throws SQLException {
        try (Connection db = system.db(service); PreparedStatement sql = db.prepareStatement(query)) {
            return rows(sql);
        }
    }

    private static Map<String, Long> rows(PreparedStatement sql) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (ResultSet rows = sql.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    static String summary(List<String> items) {
        return items.isEmpty() ? "none" : items.stream().limit(20).collect(Collectors.joining("\n  ", "\n  ", ""));
    }
}
