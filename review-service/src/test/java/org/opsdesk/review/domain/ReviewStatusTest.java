package org.opsdesk.review.domain;

import org.junit.jupiter.api.Test;
import org.opsdesk.platform.testing.LifecycleTable;

/** RV-1: an open review is edited and closed once; a closed one changes no more. */
class ReviewStatusTest {

    @Test
    void everyStateAllowsItsCommandsAndRefusesTheRest() {
        LifecycleTable.of(ReviewStatus.class, ReviewStatus.Command.class).after(ReviewStatus::after).check("""
                        edit  close
                OPEN    OPEN  CLOSED
                CLOSED  -     -
                """);
    }
}
