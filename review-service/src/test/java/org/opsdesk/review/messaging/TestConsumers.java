package org.opsdesk.review.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.opsdesk.platform.testing.Records;

/** Lets tests outside this package hand events to the consumers as the broker would. */
@ApplicationScoped
public class TestConsumers {

    private final MajorIncidentEventsConsumer majorIncidents;
    private final IncidentEventsConsumer incidents;

    TestConsumers(MajorIncidentEventsConsumer majorIncidents, IncidentEventsConsumer incidents) {
        this.majorIncidents = majorIncidents;
        this.incidents = incidents;
    }

    public void majorIncident(String event) {
        majorIncidents.receive(Records.batch(event));
    }

    public void incident(String event) {
        incidents.receive(Records.batch(event));
    }
}
