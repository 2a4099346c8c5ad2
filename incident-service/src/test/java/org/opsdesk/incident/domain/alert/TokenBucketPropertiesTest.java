package org.opsdesk.incident.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The rate limit of alert intake: a burst at once, then the rate; refusals change nothing and say how long to wait. */
class TokenBucketPropertiesTest {

    private static final Instant T0 = Instant.parse("2026-12-08T15:00:00Z");

    /** A post of some alerts, some milliseconds after the previous one. */
    record Post(int afterMillis, int alerts) {
    }

    @Provide
    Arbitrary<TokenBucket.Limit> limits() {
        return Combinators.combine(Arbitraries.integers().between(1, 1000), Arbitraries.integers().between(1, 100))
                .as(TokenBucket.Limit::new);
    }

    @Provide
    Arbitrary<List<Post>> posts() {
        return Combinators.combine(Arbitraries.integers().between(0, 2000), Arbitraries.integers().between(1, 300))
                .as(Post::new).list().ofMaxSize(60);
    }

    @Property
    void neverMoreThanTheBurstPlusTheRateOverTheTimePassed(@ForAll("limits") TokenBucket.Limit limit, @ForAll("posts") List<Post> posts) {
        TokenBucket bucket = TokenBucket.full(T0);
        Instant now = T0;
        long granted = 0;
        for (Post post : posts) {
            now = now.plusMillis(post.afterMillis());
            int alerts = Math.min(post.alerts(), limit.burst());
            TokenBucket.Taken taken = bucket.take(alerts, limit, now);
            bucket = taken.bucket();
            granted += taken.granted() ? alerts : 0;
            long refilled = Duration.between(T0, now).toNanos() / limit.interval().toNanos();
            assertThat(granted).isLessThanOrEqualTo(limit.burst() + refilled);
        }
    }

    @Property
    void aRefusedPostChangesNothingAndPassesOnceItHasWaited(@ForAll("limits") TokenBucket.Limit limit, @ForAll("posts") List<Post> posts,
                                                           @ForAll @IntRange(min = 1, max = 300) int alerts) {
        TokenBucket bucket = TokenBucket.full(T0);
        Instant now = T0;
        for (Post post : posts) {
            now = now.plusMillis(post.afterMillis());
            bucket = bucket.take(post.alerts(), limit, now).bucket();
        }
        TokenBucket.Taken refused = bucket.take(alerts, limit, now);
        if (!refused.granted()) {
            assertThat(refused.bucket()).isEqualTo(bucket);
            assertThat(refused.retryAfter()).isPositive();
            assertThat(bucket.take(alerts, limit, now.plus(refused.retryAfter())).granted()).isTrue();
            assertThat(bucket.take(alerts, limit, now.plus(refused.retryAfter()).minusNanos(1)).granted()).isFalse();
        }
    }

    @Property
    void aFullBucketTakesAnyPostEvenOneLargerThanTheBurst(@ForAll("limits") TokenBucket.Limit limit,
                                                         @ForAll @IntRange(min = 1, max = 100_000) int alerts,
                                                         @ForAll @LongRange(min = 0, max = 100_000) long idleMillis) {
        assertThat(TokenBucket.full(T0).take(alerts, limit, T0.plusMillis(idleMillis)).granted()).isTrue();
    }
}
