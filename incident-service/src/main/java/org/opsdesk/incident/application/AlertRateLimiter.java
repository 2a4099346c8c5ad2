package org.opsdesk.incident.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opsdesk.incident.config.IncidentConfig;
import org.opsdesk.incident.domain.alert.TokenBucket;

/**
 * Keeps one source of alerts from flooding intake: each source (the token's subject) has a bucket of alerts in
 * this replica's memory, so the limit holds per replica.
 */
@ApplicationScoped
public class AlertRateLimiter {

    /** The source posted more alerts than its limit allows; nothing of the post was taken. */
    public static final class LimitExceeded extends RuntimeException {

        private final transient Duration retryAfter;

        LimitExceeded(String source, TokenBucket.Limit limit, Duration retryAfter) {
            super("%s may post %d alerts per second to this replica, %d at once".formatted(source, limit.perSecond(), limit.burst()));
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final IncidentConfig.RateLimit config;
    private final Clock clock;

    AlertRateLimiter(IncidentConfig config, Clock clock) {
        this.config = config.alerts().rateLimit();
        this.clock = clock;
    }

    /** @throws LimitExceeded when the source's bucket lacks {@code alerts} tokens (a post counts at least one) */
    public void take(String source, int alerts) {
        Instant now = clock.instant();
        TokenBucket.Limit limit = limitOf(source);
        TokenBucket.Taken[] taken = new TokenBucket.Taken[1];
        buckets.compute(source, (key, bucket) -> {
            taken[0] = (bucket == null ? TokenBucket.full(now) : bucket).take(Math.max(1, alerts), limit, now);
            return taken[0].bucket();
        });
        if (!taken[0].granted()) {
            throw new LimitExceeded(source, limit, taken[0].retryAfter());
        }
    }

    private TokenBucket.Limit limitOf(String source) {
        IncidentConfig.SourceLimit own = config.sources().get(source);
        return own == null ? new TokenBucket.Limit(config.perSecond(), config.burst())
                : new TokenBucket.Limit(own.perSecond().orElse(config.perSecond()), own.burst().orElse(config.burst()));
    }
}
