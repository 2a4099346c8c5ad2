package org.opsdesk.major.domain;

import org.junit.jupiter.api.Test;
import org.opsdesk.platform.testing.LifecycleTable;

/** MI-1: a potential major incident is confirmed or rejected once. */
class ProposalStatusTest {

    @Test
    void onlyAPendingProposalIsDecided() {
        LifecycleTable.of(ProposalStatus.class, ProposalStatus.Command.class).after(ProposalStatus::after).check("""
                          confirm    reject
                PENDING   CONFIRMED  REJECTED
                CONFIRMED -          -
                REJECTED  -          -
                """);
    }
}
