package org.opsdesk.major.domain;

import org.junit.jupiter.api.Test;
import org.opsdesk.platform.testing.LifecycleTable;

/** A proposed link of an incident to a major incident is confirmed or dismissed once. */
class LinkProposalStatusTest {

    @Test
    void onlyAProposedLinkIsDecided() {
        LifecycleTable.of(LinkProposal.Status.class, LinkProposal.Decision.class).after(LinkProposal.Status::after).check("""
                          confirm    dismiss
                PROPOSED  CONFIRMED  DISMISSED
                CONFIRMED -          -
                DISMISSED -          -
                """);
    }
}
