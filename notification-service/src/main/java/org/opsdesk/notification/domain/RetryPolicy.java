package org.opsdesk.notification.domain;

import java.time.Duration;
import java.time.Instant;

/** Exponential backoff: the n-th retry waits {@code initialBackoff × 2^(n-1)}, at most {@code maxBackoff}. */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** @param attemptsMade attempts already made, at least 1 */
    public Instant nextAttemptAt(int attemptsMade, Instant now) {
        Duration wait = initialBackoff.multipliedBy(1L << Math.min(attemptsMade - 1, 30));
        return now.plus(wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait);
    }

    public boolean exhausted(int attemptsMade) {
        return attemptsMade >= maxAttempts;
    }
}
