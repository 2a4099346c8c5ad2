package org.opsdesk.incident.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * While the database is unavailable an alert post is answered what its sender retries: 503 on the Alertmanager,
 * Grafana and generic routes, 429 on PagerDuty's; with Retry-After. Other failures are not turned into either.
 */
class RetryLaterTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private static Object failWith(RuntimeException e) {
        throw e;
    }

    private static Response answerTo(int status, RuntimeException failure) {
        try {
            RetryLater.on(status, WAIT, () -> failWith(failure));
        } catch (RetryLater e) {
            return new RetryLater.Mapper().answer(e);
        }
        throw new AssertionError("no RetryLater");
    }

    @Test
    void aLostConnectionIsAnswered503OrAs429OnPagerDutysRoutesWithRetryAfter() {
        RuntimeException lost = new PersistenceException(new SQLTransientConnectionException("pool timeout"));
        RuntimeException shuttingDown = new PersistenceException(new SQLException("terminating connection", "57P01"));
        for (RuntimeException failure : new RuntimeException[] {lost, shuttingDown}) {
            Response unavailable = answerTo(RetryLater.UNAVAILABLE, failure);
            assertThat(unavailable.getStatus()).isEqualTo(503);
            assertThat(unavailable.getHeaderString("Retry-After")).isEqualTo("5");
            assertThat(unavailable.getMediaType().toString()).isEqualTo("application/problem+json");
            Response tooMany = answerTo(RetryLater.TOO_MANY_REQUESTS, failure);
            assertThat(tooMany.getStatus()).isEqualTo(429);
            assertThat(tooMany.getHeaderString("Retry-After")).isEqualTo("5");
        }
    }

    @Test
    void otherFailuresPassThroughUnchanged() {
        RuntimeException duplicate = new PersistenceException(new SQLException("duplicate key", "23505"));
        assertThatThrownBy(() -> RetryLater.on(RetryLater.UNAVAILABLE, WAIT, () -> failWith(duplicate))).isSameAs(duplicate);
        assertThat(RetryLater.on(RetryLater.UNAVAILABLE, WAIT, () -> "taken")).isEqualTo("taken");
    }
}
