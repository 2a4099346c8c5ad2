package org.opsdesk.notification.support;

import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.opsdesk.notification.application.sending.DeliverySender;
import org.opsdesk.platform.testing.AdjustableClock;

/** A @QuarkusTest that drives the schedule with the adjustable clock and calls the sender itself. */
public abstract class ClockedTest {

    @Inject
    protected AdjustableClock clock;
    @Inject
    protected DeliverySender sender;

    @AfterEach
    void resetClock() {
        clock.reset();
    }
}
