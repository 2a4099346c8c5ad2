package org.opsdesk.e2e.bench;

import java.time.Duration;
import java.util.List;

/** How long and how hard each scenario runs: the full benchmark, or the smoke mode that only proves the harness works. */
record Settings(boolean smoke, int runs, Duration warmup, Duration duration, List<Integer> intakeConnections,
                int stormConnections, Duration stormDuration, int e2eIncidents, Duration e2eSpacing, int e2eRuns,
                List<Integer> planCounts, Duration cadence, int cycles, int scaleOutPlans, List<Integer> scaleOutConnections) {

    static Settings fullRun() {
        return new Settings(false, 3, Duration.ofSeconds(5), Duration.ofSeconds(20), List.of(1, 8, 32),
                16, Duration.ofSeconds(60), 50, Duration.ofMillis(250), 3,
                List.of(1_000, 10_000), Duration.ofSeconds(60), 2, 10_000, List.of(8, 32));
    }

    static Settings smokeRun() {
        return new Settings(true, 1, Duration.ofMillis(500), Duration.ofMillis(1500), List.of(1, 8),
                4, Duration.ofSeconds(2), 2, Duration.ofMillis(100), 1,
                List.of(20), Duration.ofSeconds(3), 1, 20, List.of(8));
    }

    String mode() {
        return smoke ? "smoke" : "full";
    }
}
