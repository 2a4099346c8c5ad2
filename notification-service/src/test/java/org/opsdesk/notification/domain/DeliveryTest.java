package org.opsdesk.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.opsdesk.platform.errors.IllegalTransitionException;

class DeliveryTest {

    static final Instant T0 = Instant.parse("2026-11-23T14:00:00Z");
    static final Duration GRACE = Duration.ofMinutes(5);
    static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofSeconds(30), Duration.ofSeconds(50));

    static Delivery pending() {
        PlanAudience audience = new PlanAudience("executive-updates", "Executives", "Coordinator", Channel.EMAIL,
                Duration.ofHours(1), List.of(), List.of(), null, null, null);
        CommunicationPlan plan = CommunicationPlan.create(SubjectType.MAJOR_INCIDENT, UUID.randomUUID(), "MI-1", "Outage",
                List.of(audience), T0);
        return Delivery.slot(plan, audience, DeliveryKind.UPDATE, 1, T0, T0.plus(GRACE),
                List.of(new Recipient("Execs", "execs@opsdesk.example")), T0);
    }

    @Test
    void aSentDeliveryRecordsItsAttemptAndIsLateOnlyAfterTheGracePeriod() {
        Delivery onTime = pending();
        DeliveryAttempt attempt = onTime.recordSent(T0.plus(GRACE), GRACE);
        assertThat(onTime.state()).isEqualTo(DeliveryState.SENT);
        assertThat(onTime.late()).isFalse();
        assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.SENT);
        Delivery late = pending();
        late.recordSent(T0.plus(GRACE).plusSeconds(1), GRACE);
        assertThat(late.late()).isTrue();
    }

    @Test
    void retryableFailuresBackOffExponentiallyUpToTheLimitThenFail() {
        Delivery delivery = pending();
        assertThat(delivery.recordFailure(DeliveryFailure.retryable("HTTP 503"), POLICY, T0).outcome()).isEqualTo(AttemptOutcome.RETRY);
        assertThat(delivery.nextAttemptAt()).isEqualTo(T0.plusSeconds(30));
        delivery.recordFailure(DeliveryFailure.retryable("timeout"), POLICY, T0.plusSeconds(30));
        assertThat(delivery.nextAttemptAt()).isEqualTo(T0.plusSeconds(30 + 50));
        DeliveryAttempt last = delivery.recordFailure(DeliveryFailure.retryable("timeout"), POLICY, T0.plusSeconds(80));
        assertThat(last.outcome()).isEqualTo(AttemptOutcome.FAILED);
        assertThat(delivery.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(delivery.attempts()).isEqualTo(3);
        assertThat(delivery.lastError()).isEqualTo("timeout");
    }

    @Test
    void aPermanentFailureIsNotRetried() {
        Delivery delivery = pending();
        delivery.recordFailure(DeliveryFailure.permanent("HTTP 404"), POLICY, T0);
        assertThat(delivery.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(delivery.attempts()).isEqualTo(1);
    }

    @Test
    void anAttemptStartedAndNeverRecordedIsSeenByTheNextOneAndEveryOutcomeClearsIt() {
        Delivery delivery = pending();
        assertThat(delivery.startSending(T0)).as("first attempt").isFalse();
        assertThat(delivery.startSending(T0.plusSeconds(60))).as("its sender died before recording it").isTrue();
        delivery.recordFailure(DeliveryFailure.retryable("SMTP 421"), POLICY, T0.plusSeconds(61));
        assertThat(delivery.sendStartedAt()).isNull();
        assertThat(delivery.startSending(T0.plusSeconds(120))).isFalse();
        delivery.recordSent(T0.plusSeconds(121), GRACE);
        assertThat(delivery.sendStartedAt()).isNull();
        Delivery cancelled = pending();
        cancelled.startSending(T0);
        cancelled.cancel("plan resolved before the slot went out");
        assertThat(cancelled.sendStartedAt()).isNull();
    }

    @Test
    void theOverdueAlarmIsRaisedOnce() {
        Delivery delivery = pending();
        assertThat(delivery.raiseOverdue()).isTrue();
        assertThat(delivery.raiseOverdue()).isFalse();
    }

    static Stream<Arguments> commands() {
        Consumer<Delivery> send = d -> d.recordSent(T0, GRACE);
        Consumer<Delivery> fail = d -> d.recordFailure(DeliveryFailure.permanent("404"), POLICY, T0);
        Consumer<Delivery> cancel = d -> d.cancel("plan resolved");
        return Stream.of(
                Arguments.of("send", send, DeliveryState.SENT), Arguments.of("fail", fail, DeliveryState.FAILED),
                Arguments.of("cancel", cancel, DeliveryState.CANCELLED));
    }

    @ParameterizedTest(name = "{0} is allowed while PENDING")
    @MethodSource("commands")
    void everyCommandIsAllowedWhilePending(String name, Consumer<Delivery> command, DeliveryState after) {
        Delivery delivery = pending();
        command.accept(delivery);
        assertThat(delivery.state()).isEqualTo(after);
    }

    @ParameterizedTest(name = "{0} is refused once the delivery is final")
    @MethodSource("commands")
    void noCommandIsAllowedOnceFinal(String name, Consumer<Delivery> command, DeliveryState ignored) {
        for (Consumer<Delivery> finish : List.<Consumer<Delivery>>of(d -> d.recordSent(T0, GRACE), d -> d.cancel("x"),
                d -> d.recordFailure(DeliveryFailure.permanent("x"), POLICY, T0))) {
            Delivery delivery = pending();
            finish.accept(delivery);
            DeliveryState state = delivery.state();
            assertThatThrownBy(() -> command.accept(delivery)).isInstanceOf(IllegalTransitionException.class);
            assertThat(delivery.state()).isEqualTo(state);
        }
        Delivery missed = Delivery.missed(CommunicationPlan.create(SubjectType.MAJOR_INCIDENT, UUID.randomUUID(), "MI-2", "x",
                List.of(), T0), new PlanAudience("a", "A", "C", Channel.SMS, Duration.ofHours(1), null, null, null, null, null), 2, T0, "x", T0);
        assertThatThrownBy(() -> command.accept(missed)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void theRetryPolicyCapsTheBackoff() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofSeconds(30), Duration.ofMinutes(10));
        assertThat(policy.nextAttemptAt(1, T0)).isEqualTo(T0.plusSeconds(30));
        assertThat(policy.nextAttemptAt(3, T0)).isEqualTo(T0.plusSeconds(120));
        assertThat(policy.nextAttemptAt(9, T0)).isEqualTo(T0.plus(Duration.ofMinutes(10)));
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
