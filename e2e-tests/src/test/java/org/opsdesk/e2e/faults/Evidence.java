package org.opsdesk.e2e.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.opsdesk.e2e.OpsDeskSystem;

/**
 * What the drill keeps beside its report, so that a lost or extra line can be explained afterwards without running
 * again: every message the sinks received (the SMTP server's mailboxes, the HTTP gateway's requests) and every
 * delivery and delivery-attempt row of notification-service, as CSV files named after the report.
 */
final class Evidence {

    private Evidence() {
    }

    /** Writes {@code <report>-emails.csv}, {@code -gateway.csv}, {@code -deliveries.csv}, {@code -attempts.csv}; returns their names. */
    static List<String> write(OpsDeskSystem system, Path report) throws IOException, SQLException {
        String base = report.getFileName().toString().replaceFirst("\\.md$", "");
        List<String> written = new ArrayList<>();
        written.add(write(report.resolveSibling(base + "-emails.csv"), emails(system)));
        written.add(write(report.resolveSibling(base + "-gateway.csv"), gateway(system)));
        written.add(write(report.resolveSibling(base + "-deliveries.csv"), rows(system, """
                select d.id, p.reference, d.audience, d.channel, d.kind, d.slot, d.state, d.attempts, d.due_at, d.next_attempt_at,
                  d.sent_at, d.send_started_at, d.late, d.last_error, d.dedup_key, d.created_at
                from delivery d left join communication_plan p on p.id = d.plan_id order by p.reference, d.audience, d.slot, d.created_at""")));
        written.add(write(report.resolveSibling(base + "-attempts.csv"), rows(system, """
                select a.delivery_id, p.reference, d.audience, d.slot, a.attempt, a.at, a.outcome, a.detail
                from delivery_attempt a join delivery d on d.id = a.delivery_id left join communication_plan p on p.id = d.plan_id
                order by a.at, a.id""")));
        return written;
    }

    /** Every copy in every mailbox: Message-ID, recipient, time the server stored it, subject. */
    private static List<List<String>> emails(OpsDeskSystem system) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("message_id", "recipient", "received_at", "subject"));
        try {
            for (GreenMailUser user : system.mail().getUserManager().listUser()) {
                for (StoredMessage message : system.mail().getManagers().getImapHostManager().getInbox(user).getMessages()) {
                    rows.add(List.of(String.valueOf(message.getMimeMessage().getMessageID()), user.getEmail(),
                            message.getReceivedDate().toInstant().toString(), String.valueOf(message.getMimeMessage().getSubject())));
                }
            }
        } catch (FolderException | MessagingException e) {
            throw new IllegalStateException("cannot read the mailboxes", e);
        }
        return rows;
    }

    /** Every request the HTTP gateway (SMS, voice, bulk, webhooks) received: key, time, path, recipient, text. */
    private static List<List<String>> gateway(OpsDeskSystem system) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("idempotency_key", "received_at", "path", "to", "body"));
        for (var request : system.sink().getAllServeEvents()) {
            var logged = request.getRequest();
            JsonNode body = Client.read(logged.getBodyAsString());
            rows.add(List.of(logged.containsHeader("Idempotency-Key") ? logged.getHeader("Idempotency-Key") : "",
                    logged.getLoggedDate().toInstant().toString(), logged.getUrl(), body.path("to").asText(""),
                    body.path("body").asText(body.path("text").asText(""))));
        }
        return rows;
    }

    private static List<List<String>> rows(OpsDeskSystem system, String query) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection db = system.db("notification-service"); ResultSet result = db.createStatement().executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            List<String> header = new ArrayList<>();
            for (int i = 1; i <= columns; i++) {
                header.add(result.getMetaData().getColumnLabel(i));
            }
            rows.add(header);
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(String.valueOf(result.getObject(i)));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static String write(Path file, List<List<String>> rows) throws IOException {
        Files.writeString(file, rows.stream().map(row -> row.stream().map(Evidence::cell).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\n", "", "\n")));
        return file.getFileName().toString();
    }

    private static String cell(String value) {
        return value.matches("[^,\"\\n\\r]*") ? value : "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
