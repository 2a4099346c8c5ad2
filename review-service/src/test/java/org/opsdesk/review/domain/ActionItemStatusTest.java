package org.opsdesk.review.domain;

import org.junit.jupiter.api.Test;
import org.opsdesk.platform.testing.LifecycleTable;

/** RV-4: an open action item is edited, deferred, completed or cancelled; a finished one changes no more. */
class ActionItemStatusTest {

    @Test
    void everyStateAllowsItsCommandsAndRefusesTheRest() {
        LifecycleTable.of(ActionItemStatus.class, ActionItemStatus.Command.class).after(ActionItemStatus::after).check("""
                          edit  complete  cancel     defer
                OPEN      OPEN  DONE      CANCELLED  OPEN
                DONE      -     -         -          -
                CANCELLED -     -         -          -
                """);
    }
}
