package org.opsdesk.incident.rest;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.opsdesk.incident.application.AlertRateLimiter;
import org.opsdesk.platform.errors.DatabaseFailures;
import org.opsdesk.platform.rest.Problem;

/**
 * A post the sender is asked to send again: over its rate limit or while the database is unavailable. Each alert
 * route answers what its sender retries (docs/integrations.md): Alertmanager, Grafana and generic alerts 503 (
 * Alertmanager 0.25 gives up on any 4xx, 429 included), PagerDuty Events 429 as PagerDuty does; always with
 * {@code Retry-After}.
 */
public final class RetryLater extends RuntimeException {

    public static final int UNAVAILABLE = 503;
    public static final int TOO_MANY_REQUESTS = 429;

    private final int status;
    private final transient Duration after;

    RetryLater(int status, Duration after, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.after = after;
    }

    /** Runs {@code work}, turning a refusal by the rate limiter or an unavailable database into this answer. */
    static <T> T on(int status, Duration databaseRetry, Supplier<T> work) {
        try {
            return work.get();
        } catch (AlertRateLimiter.LimitExceeded e) {
            throw new RetryLater(status, e.retryAfter(), e.getMessage());
        } catch (RuntimeException e) {
            if (DatabaseFailures.unavailable(e)) {
                throw new RetryLater(status, databaseRetry, "the service's database is unavailable; retry later");
            }
            throw e;
        }
    }

    /** The problem, with the whole seconds to wait (at least 1) in {@code Retry-After} and {@code retryAfterSeconds}. */
    public static final class Mapper {

        @ServerExceptionMapper
        public Response answer(RetryLater e) {
            long seconds = Math.max(1, (e.after.toNanos() + 999_999_999L) / 1_000_000_000L);
            String title = e.status == TOO_MANY_REQUESTS ? "Too Many Requests" : "Service Unavailable";
            Response problem = Problem.of(e.status, title, e.getMessage() + "; retry after " + seconds + " s")
                    .with(Map.of("retryAfterSeconds", seconds)).toResponse();
            return Response.fromResponse(problem).header("Retry-After", seconds).build();
        }
    }
}
