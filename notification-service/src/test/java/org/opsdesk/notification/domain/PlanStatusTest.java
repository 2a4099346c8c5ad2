package org.opsdesk.notification.domain;

import org.junit.jupiter.api.Test;
import org.opsdesk.platform.testing.LifecycleTable;

/** CO-1: an active plan is adjusted or resolved, a resolved one only reopened. */
class PlanStatusTest {

    @Test
    void everyStateAllowsItsCommandsAndRefusesTheRest() {
        LifecycleTable.of(PlanStatus.class, PlanStatus.Command.class).after(PlanStatus::after).check("""
                         adjust  resolve   reopen
                ACTIVE   ACTIVE  RESOLVED  -
                RESOLVED -       -         ACTIVE
                """);
    }
}
