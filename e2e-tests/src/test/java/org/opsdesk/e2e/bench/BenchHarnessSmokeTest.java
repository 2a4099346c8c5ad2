package org.opsdesk.e2e.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opsdesk.platform.testing.ProjectFiles;

/**
 * Runs every benchmark scenario for a few seconds so the harness cannot rot. It asserts only that the harness works
 * and that the table it writes is well-formed: no performance target is checked here (bench/run measures them).
 */
class BenchHarnessSmokeTest {

    @Test
    void everyScenarioRunsBrieflyAndTheResultTableIsWellFormed() throws Exception {
        Path dir = ProjectFiles.resolve("e2e-tests/target/bench-smoke-results");
        Bench bench = Bench.parse("--smoke", "--results", dir.toString());

        Path markdown = bench.run();

        Path csv = Path.of(markdown.toString().replace(".md", ".csv"));
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo(Results.CSV_HEADER);
        int columns = Results.columns().size();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = Results.parseCsvLine(line);
            assertThat(cells).as(line).hasSize(columns);
            assertThat(Integer.parseInt(cells[4])).as("runs of " + line).isPositive();
            assertThat(cells[5]).as("median of " + line).matches("-?[0-9.]+|n/a");
            assertThat(cells[11]).as("met of " + line).isIn("", "yes", "NO", "n/a");
        }
        Set<String> scenarios = lines.stream().skip(1).map(l -> Results.parseCsvLine(l)[0]).collect(Collectors.toSet());
        assertThat(scenarios).containsExactlyInAnyOrder("1 intake", "2 alert storm", "3 end to end", "4 schedule scale",
                "5 footprint", "6 scale-out", "7 status page");
        assertThat(measured(lines, "1 intake", "incidents stored in the run")).as("incidents logged").isPositive();
        assertThat(measured(lines, "2 alert storm", "incidents at the end")).as("incidents opened by alerts").isPositive();
        assertThat(measured(lines, "5 footprint", "time to ready")).isPositive();
        assertThat(measured(lines, "7 status page", "reads of /status.json")).as("status page reads").isPositive();
        assertThat(Files.readString(markdown)).contains("# OpsDesk benchmark run", "| variant | metric |");
    }

    private static double measured(List<String> lines, String scenario, String metric) {
        return lines.stream().skip(1).map(Results::parseCsvLine).filter(c -> c[0].equals(scenario) && c[2].equals(metric))
                .mapToDouble(c -> c[5].equals("n/a") ? Double.NaN : Double.parseDouble(c[5])).max().orElse(Double.NaN);
    }
}
