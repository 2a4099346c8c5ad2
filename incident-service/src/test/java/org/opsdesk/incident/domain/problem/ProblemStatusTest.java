package org.opsdesk.incident.domain.problem;

import org.junit.jupiter.api.Test;
import org.opsdesk.platform.testing.LifecycleTable;

/** Every state × command of a problem case (IN-12). */
class ProblemStatusTest {

    @Test
    void everyStateAllowsItsCommandsAndRefusesTheRest() {
        LifecycleTable.of(ProblemStatus.class, ProblemStatus.Command.class).after(ProblemStatus::after).check("""
                            incidents    root-cause   resolve   close
                OPEN        OPEN         KNOWN_ERROR  RESOLVED  -
                KNOWN_ERROR KNOWN_ERROR  KNOWN_ERROR  RESOLVED  -
                RESOLVED    -            -            -         CLOSED
                CLOSED      -            -            -         -
                """);
    }
}
