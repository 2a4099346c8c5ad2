package org.opsdesk.incident.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsdesk.platform.testing.Properties.between;
import static org.opsdesk.platform.testing.Properties.forAll;
import static org.opsdesk.platform.testing.Properties.listOf;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The rate limit of alert intake: a burst at once, then the rate; refusals change nothing and say how long to wait. */
class TokenBucketPropertiesTest {

    private static final Instant T0 = Instant.parse("2026-12-08T15:00:00Z");

    /** A post of some alerts, some milliseconds after the previous one. */
    record Post(int afterMillis, int alerts) {
    }

    private static TokenBucket.Limit limit(Random random) {
        return new TokenBucket.Limit(between(random, 1, 1000), between(random, 1, 100));
    }

    private static List<Post> posts(Random random) {
        return listOf(random, 60, r -> new Post(between(r, 0, 2000), between(r, 1, 300)));
    }

    @Test
    void neverMoreThanTheBurstPlusTheRateOverTheTimePassed() {
        record Case(TokenBucket.Limit limit, List<Post> posts) {
        }
        forAll("never more than the burst plus the rate over the time passed", 1000,
                random -> new Case(limit(random), posts(random)), c -> {
                    TokenBucket bucket = TokenBucket.full(T0);
                    Instant now = T0;
                    long granted = 0;
                    for (Post post : c.posts()) {
                        now = now.plusMillis(post.afterMillis());
                        int alerts = Math.min(post.alerts(), c.limit().burst());
                        TokenBucket.Taken taken = bucket.take(alerts, c.limit(), now);
                        bucket = taken.bucket();
                        granted += taken.granted() ? alerts : 0;
                        long refilled = Duration.between(T0, now).toNanos() / c.limit().interval().toNanos();
                        assertThat(granted).isLessThanOrEqualTo(c.limit().burst() + refilled);
                    }
                });
    }

    @Test
    void aRefusedPostChangesNothingAndPassesOnceItHasWaited() {
        record Case(TokenBucket.Limit limit, List<Post> posts, int alerts) {
        }
        forAll("a refused post changes nothing and passes once it has waited", 1000,
                random -> new Case(limit(random), posts(random), between(random, 1, 300)), c -> {
                    TokenBucket bucket = TokenBucket.full(T0);
                    Instant now = T0;
                    for (Post post : c.posts()) {
                        now = now.plusMillis(post.afterMillis());
                        bucket = bucket.take(post.alerts(), c.limit(), now).bucket();
                    }
                    TokenBucket.Taken refused = bucket.take(c.alerts(), c.limit(), now);
                    if (!refused.granted()) {
                        assertThat(refused.bucket()).isEqualTo(bucket);
                        assertThat(refused.retryAfter()).isPositive();
                        assertThat(bucket.take(c.alerts(), c.limit(), now.plus(refused.retryAfter())).granted()).isTrue();
                        assertThat(bucket.take(c.alerts(), c.limit(), now.plus(refused.retryAfter()).minusNanos(1)).granted()).isFalse();
                    }
                });
    }

    @Test
    void aFullBucketTakesAnyPostEvenOneLargerThanTheBurst() {
        record Case(TokenBucket.Limit limit, int alerts, long idleMillis) {
        }
        forAll("a full bucket takes any post, even one larger than the burst", 1000,
                random -> new Case(limit(random), between(random, 1, 100_000), between(random, 0L, 100_000L)),
                c -> assertThat(TokenBucket.full(T0).take(c.alerts(), c.limit(), T0.plusMillis(c.idleMillis())).granted()).isTrue());
    }
}
