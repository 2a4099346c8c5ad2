package org.opsdesk.incident.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsdesk.incident.IncidentApi.create;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The duplicate search reads a bounded number of rows (issue 16): on a copy of the incident table that was never
 * analysed, holding 10, 10,000 and 100,000 open incidents, half of them near-identical ("Printer 17 jammed on floor
 * 8"), the other half unlike each other, the plan of {@code incident_duplicate_candidates} (its own body and settings, read from the database) has no
 * sequential scan, bitmap scan or sort, and reads at most {@code max + recent} rows and a bounded number of buffers.
 */
@QuarkusTest
class SimilarIncidentPlanTest {

    private static final int MAX = 5;
    private static final int RECENT = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource db;

    record Reads(Set<String> nodes, long rows, long buffers, List<String> numbers) {
    }

    @Test
    void theDuplicateSearchReadsABoundedNumberOfRowsWhateverTheTableHolds() throws Exception {
        UUID template = UUID.fromString(create("{\"source\": \"PHONE\", \"summary\": \"plan template\", \"severity\": 3}"));
        for (int open : List.of(10, 10_000, 100_000)) {
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                try {
                    fill(s, template, open);
                    for (String summary : List.of("Printer 0 jammed on floor 7", "VPN drops every hour in the Leeds office")) {
                        Reads reads = explain(s, summary);
                        System.out.printf("duplicate search, %,d open incidents, \"%s\": %d rows read, %d buffers, nodes %s%n",
                                open, summary, reads.rows(), reads.buffers(), reads.nodes());
                        assertThat(reads.nodes()).doesNotContain("Seq Scan", "Sort", "Incremental Sort", "Bitmap Heap Scan", "Bitmap Index Scan");
                        assertThat(reads.rows()).isLessThanOrEqualTo(MAX + RECENT);
                        // every row read costs at most one heap page besides the few pages of the two index descents
                        assertThat(reads.buffers()).isLessThanOrEqualTo(MAX + RECENT + 20);
                        if (summary.startsWith("Printer")) {
                            // the newest near-identical reports come first (the even numbers are the printers)
                            assertThat(reads.numbers()).startsWith("P2", "P4", "P6", "P8", "P10");
                        }
                    }
                } finally {
                    c.rollback();
                }
            }
        }
    }

    /**
     * A copy of the incident table with {@code open} open incidents, half of them near-identical, the other half
     * unlike each other; its indexes are those of the incident table, built after the rows (faster than row by row),
     * and it is never analysed (no column statistics, autovacuum off).
     */
    private static void fill(Statement s, UUID template, int open) throws SQLException {
        s.execute("drop schema if exists dup_plan cascade");
        s.execute("create schema dup_plan");
        s.execute("create table dup_plan.incident (like public.incident including defaults including constraints)"
                + " with (autovacuum_enabled = false)");
        Map<String, String> generated = Map.of(
                "id", "gen_random_uuid()", "number", "'P' || g", "status", "'NEW'",
                "summary", "case when g % 2 = 0 then 'Printer ' || g || ' jammed on floor ' || g % 9 else 'Case ' || md5(g::text) end",
                "received_at", "now() - make_interval(secs => g)");
        List<String> columns = new ArrayList<>();
        try (ResultSet r = s.executeQuery("""
                select column_name from information_schema.columns where table_schema = 'public' and table_name = 'incident'
                order by ordinal_position""")) {
            while (r.next()) {
                columns.add(r.getString(1));
            }
        }
        s.execute("insert into dup_plan.incident (%s) select %s from public.incident t, generate_series(1, %d) g where t.id = '%s'"
                .formatted(String.join(", ", columns), String.join(", ", columns.stream().map(c -> generated.getOrDefault(c, "t." + c)).toList()),
                        open, template));
        List<String> indexes = new ArrayList<>();
        try (ResultSet r = s.executeQuery("select indexdef from pg_indexes where schemaname = 'public' and tablename = 'incident'")) {
            while (r.next()) {
                indexes.add(r.getString(1).replace(" ON public.incident ", " ON dup_plan.incident "));
            }
        }
        for (String index : indexes) {
            s.execute(index);
        }
        s.execute("set local search_path = dup_plan, public");
    }

    /** The plan of the search for {@code summary}: the function's own body, under the function's own settings. */
    private static Reads explain(Statement s, String summary) throws Exception {
        String body;
        List<String> settings = new ArrayList<>();
        try (ResultSet fn = s.executeQuery("select prosrc, proconfig from pg_proc where proname = 'incident_duplicate_candidates'")) {
            assertThat(fn.next()).isTrue();
            body = fn.getString(1);
            settings.addAll(List.of((String[]) fn.getArray(2).getArray()));
        }
        s.execute("savepoint plan");
        for (String setting : settings) {
            s.execute("set local " + setting.replaceFirst("=", " = "));
        }
        s.execute("prepare dup_search(uuid, timestamptz, text, varchar[], float8, int, int) as " + body);
        try {
            String args = "('%s', now() - interval '7 days', '%s', '{vpn}', 0.45, %d, %d)".formatted(UUID.randomUUID(), summary, MAX, RECENT);
            JsonNode plan;
            try (ResultSet r = s.executeQuery("explain (analyze, buffers, format json) execute dup_search" + args)) {
                r.next();
                plan = JSON.readTree(r.getString(1)).get(0).get("Plan");
            }
            List<String> numbers = new ArrayList<>();
            try (ResultSet r = s.executeQuery("select number from incident_duplicate_candidates" + args)) {
                while (r.next()) {
                    numbers.add(r.getString(1));
                }
            }
            Set<String> nodes = new HashSet<>();
            long rows = rowsRead(plan, nodes);
            long buffers = plan.path("Shared Hit Blocks").asLong() + plan.path("Shared Read Blocks").asLong();
            return new Reads(nodes, rows, buffers, numbers);
        } finally {
            s.execute("rollback to savepoint plan");
            s.execute("deallocate dup_search");
        }
    }

    /** The rows the plan's scans read (returned or filtered out), over every loop; collects the node types. */
    private static long rowsRead(JsonNode node, Set<String> nodes) {
        String type = node.path("Node Type").asText();
        nodes.add(type);
        long rows = type.endsWith("Scan") && !type.equals("Subquery Scan")
                ? (node.path("Actual Rows").asLong() + node.path("Rows Removed by Filter").asLong()) * node.path("Actual Loops").asLong(1)
                : 0;
        for (JsonNode child : node.path("Plans")) {
            rows += rowsRead(child, nodes);
        }
        return rows;
    }
}
