package org.opsdesk.e2e.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opsdesk.platform.testing.ProjectFiles;

/**
 * The role matrix of docs/security.md ("## Role matrix", one table per service under "### &lt;service&gt;"): the one
 * place that says which answer every operation gives to every role and to every kind of bad token.
 */
final class RoleMatrix {

    static final Path FILE = ProjectFiles.resolve("docs/security.md");
    static final String ALLOWED = "✓";
    static final String BAD_TOKEN = "no, expired or other-key token";
    static final String OTHER_ORGANISATION = "customer of another organisation";
    private static final String SECTION = "## Role matrix";

    /** One row: {@code answers} maps each role column (and the two token columns) to ✓, 401, 403 or 404. */
    record Row(String service, String method, String path, String variant, Map<String, String> answers) {

        String key() {
            return method + " " + path;
        }

        String answer(String column) {
            return answers.get(column);
        }

        @Override
        public String toString() {
            return service + " " + key() + (variant.isEmpty() ? "" : " (" + variant + ")");
        }
    }

    final List<String> roles;
    final List<Row> rows;

    private RoleMatrix(List<String> roles, List<Row> rows) {
        this.roles = roles;
        this.rows = rows;
    }

    static RoleMatrix load() {
        try {
            return parse(Files.readAllLines(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RoleMatrix parse(List<String> lines) {
        int start = lines.indexOf(SECTION);
        if (start < 0) {
            throw new IllegalStateException(FILE + " has no '" + SECTION + "' section");
        }
        List<String> header = null;
        String service = null;
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (line.startsWith("### ")) {
                service = line.substring(4).trim();
                header = null;
            } else if (line.startsWith("|") && service != null) {
                List<String> cells = cells(line);
                if (header == null) {
                    header = cells;
                } else if (!cells.get(0).startsWith("---")) {
                    rows.add(row(service, header, cells));
                }
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("no rows under '" + SECTION + "' in " + FILE);
        }
        List<String> columns = cells(lines.stream().skip(start).filter(l -> l.startsWith("| method")).findFirst().orElseThrow());
        List<String> roles = columns.subList(3, columns.size()).stream()
                .filter(c -> !c.equals(BAD_TOKEN) && !c.equals(OTHER_ORGANISATION)).toList();
        return new RoleMatrix(roles, List.copyOf(rows));
    }

    /** The rows of one operation (more than one when the answer depends on the case, e.g. the incident's type). */
    List<Row> rowsOf(OpenApi.Operation operation) {
        return rows.stream().filter(r -> r.service().equals(operation.service()) && r.key().equals(operation.key())).toList();
    }

    /** The role a request of this row is sent as when it must get past authorisation: admin if it may, else the first that may. */
    String allowedRole(Row row) {
        if (ALLOWED.equals(row.answer("admin"))) {
            return "admin";
        }
        // an operation that no role opens by itself (the coordinator's: who the caller is decides) is probed as admin
        return roles.stream().filter(r -> ALLOWED.equals(row.answer(r))).findFirst().orElse("admin");
    }

    private static Row row(String service, List<String> header, List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalStateException("row of " + cells.size() + " cells under a header of " + header.size() + ": " + cells);
        }
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 3; i < header.size(); i++) {
            answers.put(header.get(i), cells.get(i));
        }
        return new Row(service, cells.get(0), cells.get(1).replace("`", ""), cells.get(2), answers);
    }

    private static List<String> cells(String line) {
        String inner = line.trim().substring(1, line.trim().length() - 1);
        return Arrays.stream(inner.split("\\|", -1)).map(String::trim).toList();
    }
}
