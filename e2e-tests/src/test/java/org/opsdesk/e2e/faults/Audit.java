package org.opsdesk.e2e.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
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
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.opsdesk.e2e.OpsDeskSystem;

/**
 * After the faults: what the databases, the topics and the sinks say. Every accepted request is looked up by its
 * token; every event on a topic is looked up in the inbox ({@code processed_event}) of every consumer of that topic;
 * every communication slot of the audited audiences is matched, by its Message-ID or Idempotency-Key, with what the
 * SMTP server and the HTTP sink received.
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
        CONSUMERS.put("incident-service.reviews", new String[] {Topics.REVIEW, "incident-service"});
        CONSUMERS.put("major-incident-service.reviews", new String[] {Topics.REVIEW, "major-incident-service"});
        CONSUMERS.put("major-incident-service.notifications", new String[] {Topics.NOTIFICATION, "major-incident-service"});
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
        // due_at, not next_attempt_at: a slot claimed by a replica killed since is waited for until its claim runs out
        return count("notification-service", "select count(*) from delivery where state = 'PENDING' and due_at < now() - interval '5 seconds'");
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
        Map<String, Set<String>> processedBy = new HashMap<>();
        for (var consumer : CONSUMERS.entrySet()) {
            processedBy.put(consumer.getKey(), processed(consumer.getValue()[1], consumer.getKey()));
        }
        // the services keep publishing while the audit reads (plan slots, reminders): an id processed after the first
        // read of its topic is checked against a second read, taken after every processed id was
        Map<String, Set<String>> publishedLater = new HashMap<>();
        for (String topic : published.keySet()) {
            publishedLater.put(topic, eventIds(topics.readAll(topic)).keySet());
        }
        for (var consumer : CONSUMERS.entrySet()) {
            String topic = consumer.getValue()[0];
            Set<String> expected = published.get(topic).keySet();
            Set<String> processed = processedBy.get(consumer.getKey());
            Set<String> missing = new HashSet<>(expected);
            missing.removeAll(processed);
            Set<String> extra = new HashSet<>(processed);
            extra.removeAll(publishedLater.get(topic));
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
        Map<String, Slot> emailSlots;
        Map<String, Slot> smsSlots;
        Map<String, Received> emails;
        Map<String, Received> sms;
        int reads = 0;
        do {
            emailSlots = slotsOf(EMAIL_AUDIENCE, id -> "<" + id + "@opsdesk>");
            smsSlots = slotsOf(SMS_AUDIENCE, id -> UUID.nameUUIDFromBytes((id + " " + executivePhone).getBytes(StandardCharsets.UTF_8)).toString());
            emails = emails();
            sms = sms();
        } while (++reads < 10 && !(emailSlots.equals(slotsOf(EMAIL_AUDIENCE, id -> "<" + id + "@opsdesk>"))
                && smsSlots.equals(slotsOf(SMS_AUDIENCE, id -> UUID.nameUUIDFromBytes((id + " " + executivePhone).getBytes(StandardCharsets.UTF_8)).toString()))));
        compare("email", emailSlots, emails);
        compare("SMS", smsSlots, sms);
        long failed = states.entrySet().stream().filter(e -> e.getKey().equals(EMAIL_AUDIENCE + " FAILED") || e.getKey().equals(SMS_AUDIENCE + " FAILED"))
                .mapToLong(Map.Entry::getValue).sum();
        for (long i = 0; i < failed; i++) {
            lost.add("a slot of the executive email or leadership SMS audience FAILED (" + failed + " in all)");
        }
        long dueUnsent = dueUnsent();
        for (long i = 0; i < dueUnsent; i++) {
            lost.add("a communication slot due but still unsent at the end (" + dueUnsent + " in all)");
        }
        figures.put("slots sent (email + SMS audiences)", emailSlots.values().stream().filter(Slot::sent).count()
                + smsSlots.values().stream().filter(Slot::sent).count());
        figures.put("emails received by the executive (distinct Message-IDs)", (long) emails.size());
        figures.put("SMS received by the leadership phone (distinct Idempotency-Keys)", (long) sms.size());
    }

    /** A delivery of an audited audience, under the key its messages carry (Message-ID, Idempotency-Key). */
    record Slot(String id, String reference, String kind, Integer slot, String state, String sentAt) {
        boolean sent() {
            return state.equals("SENT");
        }

        @Override
        public String toString() {
            return reference + " " + kind.toLowerCase() + (kind.equals("UPDATE") ? " slot " + slot : "") + " (delivery " + id + ", " + state
                    + (sent() ? " at " + sentAt : "") + ")";
        }
    }

    /** Messages a sink received under one key: the first time, the subject or text, and how many copies. */
    record Received(String firstAt, String text, long copies) {
    }

    /**
     * Each message received is matched to its delivery by its key, each SENT delivery to its message: a delivery
     * SENT and not received is lost; a message whose delivery is not SENT (or that matches none) is extra, and both
     * are named. A key received more than once is a repeat (counted apart: what a provider honouring it drops).
     */
    private void compare(String channel, Map<String, Slot> slots, Map<String, Received> received) {
        long expected = slots.values().stream().filter(Slot::sent).count();
        long found = 0;
        long missing = 0;
        long extra = 0;
        for (var slot : slots.entrySet()) {
            if (!slot.getValue().sent()) {
                continue;
            }
            if (received.containsKey(slot.getKey())) {
                found++;
            } else {
                missing++;
                lost.add(channel + " " + slot.getValue() + " recorded SENT, never received");
            }
        }
        for (var message : received.entrySet()) {
            Slot slot = slots.get(message.getKey());
            if (slot == null || !slot.sent()) {
                extra++;
                duplicated.add(channel + " " + message.getKey() + " \"" + message.getValue().text() + "\" received at " + message.getValue().firstAt()
                        + (slot == null ? ": matches no delivery of the audience" : ": its delivery is " + slot));
            }
        }
        figures.put(channel + " repeats of a key already received", received.values().stream().mapToLong(r -> r.copies() - 1).sum());
        deliveries.add(new Delivery("sent " + channel + " slots → " + (channel.equals("email") ? "SMTP server" : "HTTP sink")
                + " (matched by delivery id)", expected, found, missing, extra));
    }

    private Map<String, Slot> slotsOf(String audience, java.util.function.Function<String, String> key) throws SQLException {
        try (Connection db = system.db("notification-service"); PreparedStatement sql = db.prepareStatement(
                "select d.id::text, p.reference, d.kind, d.slot, d.state, d.sent_at from delivery d join communication_plan p on p.id = d.plan_id"
                        + " where d.audience = ?")) {
            sql.setString(1, audience);
            Map<String, Slot> slots = new TreeMap<>();
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    slots.put(key.apply(rows.getString(1)), new Slot(rows.getString(1), rows.getString(2), rows.getString(3),
                            (Integer) rows.getObject(4), rows.getString(5), String.valueOf(rows.getTimestamp(6))));
                }
            }
            return slots;
        }
    }

    /** Every email in the executive's mailbox, by Message-ID (each delivery's own: {@code <delivery id@opsdesk>}). */
    private Map<String, Received> emails() {
        GreenMailUser user = system.mail().getUserManager().getUserByEmail(executiveEmail);
        Map<String, Received> messages = new TreeMap<>();
        if (user == null) {
            return messages;
        }
        try {
            for (StoredMessage message : system.mail().getManagers().getImapHostManager().getInbox(user).getMessages()) {
                String id = String.valueOf(message.getMimeMessage().getMessageID());
                received(messages, id, message.getReceivedDate().toInstant().toString(), message.getMimeMessage().getSubject());
            }
            return messages;
        } catch (FolderException | MessagingException e) {
            throw new IllegalStateException("cannot read the executive's mailbox", e);
        }
    }

    /** Every SMS the gateway received for the leadership phone, by Idempotency-Key (one per delivery and recipient). */
    private Map<String, Received> sms() {
        Map<String, Received> messages = new TreeMap<>();
        for (var request : system.sink().findAll(WireMock.postRequestedFor(WireMock.urlEqualTo("/sms/messages")))) {
            JsonNode body = Client.read(request.getBodyAsString());
            if (executivePhone.equals(body.path("to").asText())) {
                String key = request.containsHeader("Idempotency-Key") ? request.getHeader("Idempotency-Key") : "no key " + request.getId();
                received(messages, key, request.getLoggedDate().toInstant().toString(), body.path("body").asText());
            }
        }
        return messages;
    }

    private static void received(Map<String, Received> messages, String key, String at, String text) {
        messages.merge(key, new Received(at, text, 1), (first, again) -> new Received(first.firstAt(), first.text(), first.copies() + 1));
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
