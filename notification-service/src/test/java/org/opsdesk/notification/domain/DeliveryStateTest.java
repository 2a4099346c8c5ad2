package org.opsdesk.notification.domain;

import org.junit.jupiter.api.Test;
import org.opsdesk.platform.testing.LifecycleTable;

/** CO-4: only a pending delivery is attempted or cancelled; the attempt's outcome is the Delivery's to decide. */
class DeliveryStateTest {

    @Test
    void onlyAPendingDeliveryChanges() {
        LifecycleTable.of(DeliveryState.class, DeliveryState.Command.class).check("""
                          record-attempt  cancel
                PENDING   +               +
                SENT      -               -
                FAILED    -               -
                CANCELLED -               -
                MISSED    -               -
                """);
    }
}
