package org.opsdesk.e2e.faults;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The short fault drill of mvn verify: under load, the broker is killed and restarted, incident-service is killed -9
 * while its relay publishes the backlog, a poison record lands on each consumed topic, and the same alert and the
 * same declaration arrive from twenty connections at once. Nothing accepted may be lost or duplicated. During the
 * broker outage every replica stays ready and every request is answered 2xx at once; after it the backlog drains.
 * deploy/local/faults runs every fault (docs/reliability.md).
 */
class FaultDrillSmokeTest {

    @Test
    void underLoadNoFaultLosesOrDuplicatesAnything() throws Exception {
        FaultDrill.Result result = FaultDrill.run(FaultDrill.smoke());

        System.out.println(result.text());
        assertThat(result.ledger().calls()).as("requests sent").hasSizeGreaterThan(20);
        assertThat(result.ledger().calls().stream().filter(Ledger.Call::accepted)).as("accepted").hasSizeGreaterThan(20);
        assertThat(result.audit().lost).as("lost").isEmpty();
        assertThat(result.audit().duplicated).as("duplicated").isEmpty();
        assertThat(result.failures()).as("checks of the faults").isEmpty();
        assertThat(result.faults()).filteredOn(fault -> fault.name.startsWith("Kafka broker killed")).singleElement()
                .satisfies(outage -> assertThat(outage.readinessDown).as("a replica went unready during the broker outage").isFalse())
                .satisfies(outage -> assertThat(outage.notes).as("what the broker outage showed")
                        .anyMatch(note -> note.contains("each answered 2xx at once")).anyMatch(note -> note.startsWith("the backlog drained")));
        assertThat(result.ledger().answers().keySet()).as("answers (a 5xx is listed in the report)").noneMatch(a -> a.contains("stack trace"));
        assertThat(result.audit().deliveries).as("exactly-once lines").isNotEmpty()
                .allSatisfy(line -> assertThat(line.missing() + line.extra()).as(line.what()).isZero());
    }
}
