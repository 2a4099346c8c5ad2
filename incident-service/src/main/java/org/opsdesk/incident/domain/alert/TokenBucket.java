package org.opsdesk.incident.domain.alert;

import java.time.Duration;
import java.time.Instant;

/**
 * How many alerts one source may post: {@code burst} at once, then {@code perSecond}. Kept as the instant the
 * bucket is full again (the generic cell rate algorithm), so all arithmetic is in whole nanoseconds. A post larger
 * than the burst passes only when the bucket is full, and leaves it in debt.
 */
public record TokenBucket(Instant fullAt) {

    public record Limit(int perSecond, int burst) {
        public Limit {
            if (perSecond < 1 || burst < 1) {
                throw new IllegalArgumentException("a rate limit needs at least 1 alert per second and a burst of at least 1");
            }
        }

        Duration interval() {
            return Duration.ofNanos(1_000_000_000L / perSecond);
        }
    }

    /** The bucket after a post, and how long the poster must wait when it was refused (zero: it was taken). */
    public record Taken(TokenBucket bucket, Duration retryAfter) {
        public boolean granted() {
            return retryAfter.isZero();
        }
    }

    public static TokenBucket full(Instant now) {
        return new TokenBucket(now);
    }

    /** Takes {@code alerts} tokens, or refuses and changes nothing. */
    public Taken take(int alerts, Limit limit, Instant now) {
        Duration interval = limit.interval();
        Instant from = fullAt.isAfter(now) ? fullAt : now;
        Instant needed = from.plus(interval.multipliedBy(Math.min(alerts, limit.burst())));
        Instant latest = now.plus(interval.multipliedBy(limit.burst()));
        if (needed.isAfter(latest)) {
            return new Taken(this, Duration.between(latest, needed));
        }
        return new Taken(new TokenBucket(from.plus(interval.multipliedBy(alerts))), Duration.ZERO);
    }
}
