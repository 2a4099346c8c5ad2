package org.opsdesk.e2e.security;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every row of every table of the four services' end-to-end databases, as a count and a digest per table: two
 * states differ when any row was added, removed or changed.
 */
final class DatabaseState {

    /**
     * The only tables left out, each because it changes while nobody calls any API. notification-service's sender
     * runs every second and, on the cadence of each open communication plan (every 20 s in the end-to-end system),
     * writes deliveries, their attempts and status-page posts, also for the major incidents other tests of this JVM
     * leave open. A request reaches these tables only through a plan or an event, whose tables are compared.
     */
    static final Set<String> CHANGED_BY_JOBS = Set.of("e2e_notification.delivery", "e2e_notification.delivery_attempt",
            "e2e_notification.status_page_post");
    /**
     * The rows those sends lead to elsewhere, also left out: major-incident-service consumes each notification.update-sent
     * and writes a "communication-sent" timeline entry.
     */
    private static final Map<String, String> ROWS_WRITTEN_BY_JOBS = Map.of(
            "e2e_major_incident.timeline_entry", "kind = 'communication-sent'",
            "e2e_major_incident.processed_event", "consumer = 'major-incident-service.notifications'");
    private static final String PG = "jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/";
    private static final Set<String> OUTBOXES = Set.of("outbox_event");

    /** "database.table" → "rows digest". */
    final Map<String, String> tables;
    final long pendingEvents;

    private DatabaseState(Map<String, String> tables, long pendingEvents) {
        this.tables = tables;
        this.pendingEvents = pendingEvents;
    }

    static DatabaseState capture() {
        Map<String, String> tables = new TreeMap<>();
        long pending = 0;
        for (String service : OpenApi.SERVICES) {
            String database = "e2e_" + service.replace("-service", "").replace('-', '_'); // as OpsDeskSystem names them
            try (Connection db = DriverManager.getConnection(PG + database, "opsdesk_e2e", "opsdesk_e2e");
                 Statement sql = db.createStatement()) {
                for (String table : tables(sql)) {
                    if (CHANGED_BY_JOBS.contains(database + "." + table)) {
                        continue;
                    }
                    try (ResultSet digest = sql.executeQuery("select count(*), md5(coalesce(string_agg(t::text, '|' order by t::text), ''))"
                            + " from \"" + table + "\" t" + outsideJobs(database + "." + table))) {
                        digest.next();
                        tables.put(database + "." + table, digest.getLong(1) + " rows " + digest.getString(2));
                        if (OUTBOXES.contains(table)) {
                            pending += digest.getLong(1);
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read " + database, e);
            }
        }
        return new DatabaseState(tables, pending);
    }

    /**
     * The state once every outbox is empty and nothing changed for a few seconds: the events of earlier requests
     * have been published and consumed. Fails naming the tables that keep changing.
     */
    static DatabaseState settled(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        DatabaseState previous = capture();
        while (true) {
            Thread.sleep(3_000);
            DatabaseState current = capture();
            if (current.pendingEvents == 0 && current.tables.equals(previous.tables)) {
                return current;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the databases did not settle within " + timeout + ": " + previous.changesTo(current)
                        + ", " + current.pendingEvents + " events in outboxes");
            }
            previous = current;
        }
    }

    private static String outsideJobs(String table) {
        String jobRows = ROWS_WRITTEN_BY_JOBS.get(table);
        return jobRows == null ? "" : " where not (" + jobRows + ")";
    }

    /** The tables whose rows differ, with their row counts before and after. */
    List<String> changesTo(DatabaseState later) {
        List<String> changes = new ArrayList<>();
        for (Map.Entry<String, String> table : later.tables.entrySet()) {
            String before = tables.get(table.getKey());
            if (!table.getValue().equals(before)) {
                changes.add(table.getKey() + ": " + rows(before) + " → " + rows(table.getValue())
                        + (rows(before).equals(rows(table.getValue())) ? " (rows changed)" : ""));
            }
        }
        return changes;
    }

    private static String rows(String digest) {
        return digest == null ? "no table" : digest.substring(0, digest.indexOf(' ')) + " rows";
    }

    private static List<String> tables(Statement sql) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("select table_name from information_schema.tables"
                + " where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value != null ? value : fallback;
    }
}
