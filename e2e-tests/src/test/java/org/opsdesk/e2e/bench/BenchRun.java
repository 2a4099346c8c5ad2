package org.opsdesk.e2e.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The full benchmark as bench/run starts it ({@code -Dbench.args="…"}); skipped in ordinary test runs.
 * Asserts nothing: the table in bench/results/ is the outcome.
 */
@EnabledIfSystemProperty(named = "bench.args", matches = ".*")
class BenchRun {

    @Test
    void runTheBenchmark() throws Exception {
        String args = System.getProperty("bench.args", "").trim();
        Bench.parse(args.isEmpty() ? new String[0] : args.split("\\s+")).run();
    }
}
