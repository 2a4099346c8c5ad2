package org.opsdesk.incident.domain;

import org.junit.jupiter.api.Test;
import org.opsdesk.platform.testing.LifecycleTable;

/** Every state × command of an incident (IN-7 … IN-15); the next states are IncidentLifecycleTest's, through the aggregate. */
class IncidentStatusTest {

    @Test
    void everyStateAllowsItsCommandsAndRefusesTheRest() {
        LifecycleTable.of(IncidentStatus.class, Command.class).check("""
                            update notes contact-attempts links assign acknowledge return-to-service-desk escalate hold resume refer resolve confirm dispute close
                NEW         +      +     +                +     +      -           -                      +        -    -      +     +       -       -       -
                ASSIGNED    +      +     +                +     +      +           +                      +        +    -      +     +       -       -       -
                IN_PROGRESS +      +     +                +     +      -           +                      +        +    -      +     +       -       -       -
                ON_HOLD     +      +     +                +     -      -           -                      -        -    +      -     +       -       -       +
                RESOLVED    +      +     +                +     -      -           -                      -        -    -      -     -       +       +       +
                REFERRED    +      +     +                +     -      -           -                      -        -    -      -     -       +       +       +
                CLOSED      -      -     -                -     -      -           -                      -        -    -      -     -       -       -       -
                """);
    }
}
