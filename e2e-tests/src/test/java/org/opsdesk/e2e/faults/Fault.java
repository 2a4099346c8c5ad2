package org.opsdesk.e2e.faults;

import java.util.ArrayList;
import java.util.List;

/** What one fault did and showed: when it began, when it was repaired, when every replica was ready again. */
final class Fault {

    final String name;
    final long startedAt = System.currentTimeMillis();
    long repairedAt;
    long recoveredAt;
    /** Whether readiness went DOWN during the fault; null where the fault does not take readiness down. */
    Boolean readinessDown;
    final List<String> notes = new ArrayList<>();
    final List<String> failures = new ArrayList<>();

    Fault(String name) {
        this.name = name;
    }

    void repaired() {
        repairedAt = System.currentTimeMillis();
    }

    void recovered() {
        recoveredAt = System.currentTimeMillis();
    }

    double recoverySeconds() {
        return recoveredAt == 0 || repairedAt == 0 ? 0 : (recoveredAt - repairedAt) / 1000.0;
    }

    void note(String format, Object... args) {
        String note = String.format(format, args);
        notes.add(note);
        FaultDrill.log("  %s: %s", name, note);
    }

    /** A check of the fault that did not hold (fails the drill). */
    void fail(String format, Object... args) {
        String failure = String.format(format, args);
        failures.add(failure);
        FaultDrill.log("  %s: FAILED: %s", name, failure);
    }

    void check(boolean holds, String format, Object... args) {
        if (holds) {
            note(format, args);
        } else {
            fail(format, args);
        }
    }
}
