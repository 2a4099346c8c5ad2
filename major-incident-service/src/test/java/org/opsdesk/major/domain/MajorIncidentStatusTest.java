package org.opsdesk.major.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.opsdesk.platform.testing.LifecycleTable;

/** Every (state, command) pair: the allowed ones and the state they lead to, the refused ones with a 409. */
class MajorIncidentStatusTest {

    @Test
    void everyStateAllowsItsCommandsAndRefusesTheRest() {
        LifecycleTable.of(MajorIncidentStatus.class, Command.class).after(MajorIncidentStatus::after).check("""
                                        DECLARED   ACTIVE     RESOLVED   CLOSED
                assign-coordinator      DECLARED   ACTIVE     -          -
                add-member              ACTIVE     ACTIVE     -          -
                remove-member           DECLARED   ACTIVE     -          -
                change-type             DECLARED   ACTIVE     -          -
                open-bridge             ACTIVE     ACTIVE     -          -
                activate-eoc            ACTIVE     ACTIVE     -          -
                publish-status-update   ACTIVE     ACTIVE     -          -
                set-recovery-objectives ACTIVE     ACTIVE     -          -
                mark-objective-met      DECLARED   ACTIVE     -          -
                link-incident           DECLARED   ACTIVE     -          -
                change-scope            DECLARED   ACTIVE     -          -
                record-change           ACTIVE     ACTIVE     -          -
                link-ticket             DECLARED   ACTIVE     RESOLVED   -
                report-disaster-risk    DECLARED   ACTIVE     -          -
                declare-disaster        ACTIVE     ACTIVE     -          -
                resolve                 RESOLVED   RESOLVED   -          -
                reopen                  -          -          ACTIVE     -
                close                   -          -          CLOSED     -
                """);
    }

    @Test
    void aClosedMajorIncidentAllowsNothingAndOnlyDeclaredAndActiveAreOpen() {
        assertThat(MajorIncidentStatus.CLOSED.allowedCommands()).isEmpty();
        assertThat(EnumSet.allOf(MajorIncidentStatus.class).stream().filter(MajorIncidentStatus::isOpen))
                .containsExactly(MajorIncidentStatus.DECLARED, MajorIncidentStatus.ACTIVE);
    }
}
