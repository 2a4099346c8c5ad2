package org.opsdesk.e2e.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drill's account of a restart reads the JSON lines the production profile writes, and the plain ones. */
class StartupPhasesTest {

    @Test
    void aRestartsPhasesAreReadFromItsJsonLog(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("review-service.log");
        Files.write(log, List.of(
                "{\"timestamp\":\"2026-12-06T13:15:00.000Z\",\"loggerName\":\"io.quarkus\",\"message\":\"before the restart started in 3s\"}",
                "{\"timestamp\":\"2026-12-06T13:15:55.113Z\",\"loggerName\":\"org.flywaydb.core.FlywayExecutor\",\"message\":\"Database: …\"}",
                "{\"timestamp\":\"2026-12-06T13:16:14.416Z\",\"loggerName\":\"io.quarkus\",\"message\":\"review-service started in 42.525s.\"}",
                "not a log line"));
        long restartedAt = Instant.parse("2026-12-06T13:15:30Z").toEpochMilli();

        String phases = StartupPhases.of(log, restartedAt, Instant.parse("2026-12-06T13:16:20Z").toEpochMilli());

        assertThat(phases).startsWith("+25.1 s first log line, +25.1 s Flyway done, +44.4 s Quarkus started, +50.0 s ready");
        assertThat(StartupPhases.stampOf("not a log line")).isNull();
        assertThat(StartupPhases.stampOf("2026-12-06 13:16:14,416 INFO  [io.quarkus] started in 4.2s")).isNotNull();
    }
}
