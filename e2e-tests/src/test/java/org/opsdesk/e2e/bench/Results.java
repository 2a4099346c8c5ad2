package org.opsdesk.e2e.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoublePredicate;

/** The table of a run: one row per scenario metric, the median of its runs beside the baseline's, as Markdown and CSV. */
final class Results {

    static final String CSV_HEADER = "scenario,variant,metric,unit,runs,median,min,max,baseline,ratio,target,met,note";

    static final class Row {
        final String scenario;
        final String variant;
        final String metric;
        final String unit;
        final List<Double> values = new ArrayList<>();
        final List<Double> baseline = new ArrayList<>();
        String target = "";
        DoublePredicate check;
        boolean checkRatio;
        String note = "";

        Row(String scenario, String variant, String metric, String unit) {
            this.scenario = scenario;
            this.variant = variant;
            this.metric = metric;
            this.unit = unit;
        }

        Row add(double value) {
            values.add(value);
            return this;
        }

        Row baseline(double value) {
            baseline.add(value);
            return this;
        }

        /** A target on the median itself. */
        Row target(String text, DoublePredicate met) {
            this.target = text;
            this.check = met;
            this.checkRatio = false;
            return this;
        }

        /** A target on the ratio median / baseline median. */
        Row targetRatio(String text, DoublePredicate met) {
            this.target = text;
            this.check = met;
            this.checkRatio = true;
            return this;
        }

        Row note(String text) {
            this.note = text;
            return this;
        }

        double median() {
            return Results.median(values);
        }

        double ratio() {
            double base = Results.median(baseline);
            return baseline.isEmpty() || base == 0 ? Double.NaN : median() / base;
        }

        String met() {
            if (check == null) {
                return "";
            }
            double subject = checkRatio ? ratio() : median();
            return Double.isNaN(subject) ? "n/a" : check.test(subject) ? "yes" : "NO";
        }
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();

    /** The row of that key, created at first use; every run adds its value to it. */
    Row row(String scenario, String variant, String metric, String unit) {
        return rows.computeIfAbsent(scenario + "|" + variant + "|" + metric, k -> new Row(scenario, variant, metric, unit));
    }

    /** Rows grouped by scenario (in scenario order), each scenario's rows in the order they were first recorded. */
    List<Row> rows() {
        List<Row> list = new ArrayList<>(rows.values());
        list.sort(java.util.Comparator.comparing(r -> r.scenario));
        return list;
    }

    void write(Path dir, String name, Map<String, String> header) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".csv"), csv());
            Files.writeString(dir.resolve(name + ".md"), markdown(header));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String csv() {
        StringBuilder out = new StringBuilder(CSV_HEADER).append('\n');
        for (Row r : rows()) {
            out.append(String.join(",", List.of(cell(r.scenario), cell(r.variant), cell(r.metric), cell(r.unit),
                    String.valueOf(r.values.size()), num(r.median()), num(min(r.values)), num(max(r.values)),
                    r.baseline.isEmpty() ? "" : num(median(r.baseline)), r.baseline.isEmpty() ? "" : num(r.ratio()),
                    cell(r.target), r.met(), cell(r.note)))).append('\n');
        }
        return out.toString();
    }

    String markdown(Map<String, String> header) {
        StringBuilder out = new StringBuilder("# OpsDesk benchmark run\n\n");
        header.forEach((k, v) -> out.append("- ").append(k).append(": ").append(v).append('\n'));
        out.append("\nEach value is the median of `runs` runs (min–max beside it); `baseline` is measured in the same run;")
                .append(" `ratio` = median / baseline.\n");
        String scenario = null;
        for (Row r : rows()) {
            if (!r.scenario.equals(scenario)) {
                scenario = r.scenario;
                out.append("\n## ").append(scenario).append("\n\n")
                        .append("| variant | metric | median | min–max | runs | baseline | ratio | target | met | note |\n")
                        .append("| --- | --- | ---: | --- | ---: | ---: | ---: | --- | --- | --- |\n");
            }
            out.append("| ").append(r.variant).append(" | ").append(r.metric).append(" (").append(r.unit).append(") | ")
                    .append(num(r.median())).append(" | ").append(num(min(r.values))).append("–").append(num(max(r.values)))
                    .append(" | ").append(r.values.size()).append(" | ")
                    .append(r.baseline.isEmpty() ? "" : num(median(r.baseline))).append(" | ")
                    .append(r.baseline.isEmpty() ? "" : num(r.ratio())).append(" | ")
                    .append(r.target).append(" | ").append(r.met()).append(" | ").append(r.note).append(" |\n");
        }
        return out.toString();
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e12) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
    }

    private static String cell(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    static String[] parseCsvLine(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells.toArray(String[]::new);
    }

    static List<String> columns() {
        return Arrays.asList(CSV_HEADER.split(","));
    }
}
