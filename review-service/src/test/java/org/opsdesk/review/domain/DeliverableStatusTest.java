package org.opsdesk.review.domain;

import org.junit.jupiter.api.Test;
import org.opsdesk.platform.testing.LifecycleTable;

/** RV-3: every allowed and every refused transition of a deliverable. */
class DeliverableStatusTest {

    @Test
    void everyStateAllowsItsCommandsAndRefusesTheRest() {
        LifecycleTable.of(DeliverableStatus.class, DeliverableStatus.Command.class).after(DeliverableStatus::after).check("""
                            submit     approve   reject  distribute
                DRAFT       SUBMITTED  -         -       -
                SUBMITTED   -          APPROVED  DRAFT   -
                APPROVED    -          -         -       DISTRIBUTED
                DISTRIBUTED -          -         -       -
                """);
    }
}
