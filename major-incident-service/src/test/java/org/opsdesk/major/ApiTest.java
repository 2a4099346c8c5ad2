package org.opsdesk.major;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.opsdesk.platform.testing.AdjustableClock;

/** What every @QuarkusTest of this service uses: the adjustable clock (reset after each test), the topic, row counts. */
public abstract class ApiTest {

    @Inject
    protected AdjustableClock clock;

    @Inject
    protected EntityManager em;

    @ConfigProperty(name = "opsdesk.events.topic")
    protected String topic;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    protected long count(String table) {
        return ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }
}
