package org.opsdesk.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opsdesk.platform.errors.IllegalTransitionException;

/** RV-4: OPEN → DONE or CANCELLED with a reason; a deferral keeps the item open but lets the review close. */
class ActionItemTest {

    private static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");

    private static ActionItem item() {
        return ActionItem.create(UUID.randomUUID(), "Add a replica", new Person("Dana", "dana@opsdesk.example"),
                LocalDate.of(2026, 12, 10), Instant.parse("2026-12-10T23:00:00Z"), null, "maria", NOW);
    }

    @Test
    void openItemsCanBeCompletedCancelledOrDeferred() {
        ActionItem done = item();
        done.complete("dana", NOW);
        assertThat(done.status()).isEqualTo(ActionItemStatus.DONE);
        assertThat(done.blocksClosing()).isFalse();

        ActionItem cancelled = item();
        cancelled.cancel("superseded", "maria", NOW);
        assertThat(cancelled.status()).isEqualTo(ActionItemStatus.CANCELLED);
        assertThat(cancelled.cancellationReason()).isEqualTo("superseded");

        ActionItem deferred = item();
        assertThat(deferred.blocksClosing()).isTrue();
        deferred.defer("planned for the Q2 release", "maria", NOW);
        assertThat(deferred.status()).isEqualTo(ActionItemStatus.OPEN);
        assertThat(deferred.blocksClosing()).isFalse();
    }

    @Test
    void finishedItemsRefuseEveryCommand() {
        ActionItem done = item();
        done.complete("dana", NOW);
        assertThatThrownBy(() -> done.complete("dana", NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> done.cancel("x", "dana", NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> done.defer("x", "dana", NOW)).isInstanceOf(IllegalTransitionException.class);
        ActionItem cancelled = item();
        cancelled.cancel("x", "maria", NOW);
        assertThatThrownBy(() -> cancelled.complete("dana", NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void anOpenItemIsOverdueAfterTheEndOfItsDueDate() {
        ActionItem item = item();
        assertThat(item.isOverdue(Instant.parse("2026-12-10T22:59:59Z"))).isFalse();
        assertThat(item.isOverdue(Instant.parse("2026-12-10T23:00:01Z"))).isTrue();
        item.complete("dana", NOW);
        assertThat(item.isOverdue(Instant.parse("2026-12-11T00:00:00Z"))).isFalse();
    }

    @Test
    void aNewDueDateRestartsTheOverdueNoticesAndFinishedItemsCannotBeEdited() {
        ActionItem item = item();
        item.markOverdue(Instant.parse("2026-12-11T00:00:00Z"));
        item.markReminded(Instant.parse("2026-12-12T00:00:00Z"));
        item.update("Add a replica", new Person("Sam", null), LocalDate.of(2026, 12, 10), Instant.parse("2026-12-10T23:00:00Z"), null);
        assertThat(item.overdueAt()).isNotNull();
        assertThat(item.owner().name()).isEqualTo("Sam");
        item.update("Add a replica", new Person("Sam", null), LocalDate.of(2027, 1, 15), Instant.parse("2027-01-15T23:00:00Z"),
                new ActionItem.Ticket("CHG-9", null));
        assertThat(item.overdueAt()).isNull();
        assertThat(item.remindersSent()).isZero();
        assertThat(item.dueDate()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(item.ticket().key()).isEqualTo("CHG-9");
        item.complete("sam", NOW);
        assertThatThrownBy(() -> item.update("x", new Person("Sam", null), LocalDate.of(2027, 1, 15), NOW, null))
                .isInstanceOf(IllegalTransitionException.class);
    }
}
