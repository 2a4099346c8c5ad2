package org.opsdesk.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opsdesk.platform.errors.ConflictException;
import org.opsdesk.platform.errors.StaleVersionException;
import org.opsdesk.platform.errors.IllegalTransitionException;
import org.opsdesk.platform.errors.ResourceNotFoundException;
import org.opsdesk.review.support.TestCalendars;

/** The review aggregate: numbered changes, required sections, closing rules (RV-2, RV-3, RV-4). */
class ReviewTest {

    private static final Instant NOW = Instant.parse("2026-11-25T20:00:00Z");
    private static final Deadlines DEADLINES = new Deadlines(
            TestCalendars.oklahoma(TestCalendars.CHICAGO, Set.of()), 1);

    private static Review aar() {
        Review review = Review.open(new Review.Subject(ReviewType.AAR, ReviewTrigger.MAJOR_INCIDENT_RESOLVED, "k",
                        UUID.randomUUID(), null, List.of(), List.of("payroll"), "MI-1 — After Action Review"),
                new Person("Maria", "maria@opsdesk.example"),
                List.of(Deliverable.plan(DeliverableKind.PRELIMINARY, 2), Deliverable.plan(DeliverableKind.FINAL, 5)),
                Map.of(Section.SUMMARY, "Portal down"), NOW);
        review.opened();
        review.startDeadlines(NOW, DEADLINES);
        return review;
    }

    @Test
    void everyChangeIsNumberedAndAnUnchangedSectionMakesNoVersion() {
        Review review = aar();
        assertThat(review.versionNumber()).isEqualTo(1);
        Review.Change change = review.editSection(Section.STRENGTHS, "Fast escalation", null, "maria", NOW).orElseThrow();
        assertThat(change.number()).isEqualTo(2);
        assertThat(change.description()).isEqualTo("Strengths written");
        assertThat(review.editSection(Section.STRENGTHS, "Fast escalation", 2, "maria", NOW)).isEmpty();
        assertThat(review.editSection(Section.STRENGTHS, "Fast escalation and bridge", 2, "maria", NOW).orElseThrow().description())
                .isEqualTo("Strengths edited");
        assertThatThrownBy(() -> review.editSection(Section.WEAKNESSES, "x", 2, "maria", NOW))
                .isInstanceOf(StaleVersionException.class).hasMessageContaining("version 3");
    }

    @Test
    void aDeliverableNeedsItsRequiredSectionsAndFreezesItsReportWhenSubmitted() {
        Review review = aar();
        assertThatThrownBy(() -> review.submit(DeliverableKind.PRELIMINARY, List.of(Section.SUMMARY, Section.IMPACT), "md", null, "maria", NOW))
                .isInstanceOf(ConflictException.class).hasMessageContaining("IMPACT");
        assertThat(review.deliverable(DeliverableKind.PRELIMINARY).status()).isEqualTo(DeliverableStatus.DRAFT);
        review.editSection(Section.IMPACT, "All agencies", null, "maria", NOW);
        review.submit(DeliverableKind.PRELIMINARY, List.of(Section.SUMMARY, Section.IMPACT), "frozen", "for customers", "maria", NOW);
        Deliverable preliminary = review.deliverable(DeliverableKind.PRELIMINARY);
        assertThat(preliminary.status()).isEqualTo(DeliverableStatus.SUBMITTED);
        assertThat(preliminary.reportMarkdown()).isEqualTo("frozen");
        assertThat(preliminary.customerReportMarkdown()).isEqualTo("for customers");
        assertThat(preliminary.submittedVersion()).isEqualTo(2);
        review.reject(DeliverableKind.PRELIMINARY, "quantify the impact", "cio", NOW);
        assertThat(preliminary.status()).isEqualTo(DeliverableStatus.DRAFT);
        assertThat(preliminary.rejectionReason()).isEqualTo("quantify the impact");
    }

    @Test
    void aReviewClosesOnlyWhenEverythingIsDistributedAndNoItemBlocks() {
        Review review = aar();
        assertThatThrownBy(() -> review.close(0, null, "maria", NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("PRELIMINARY is DRAFT");
        for (DeliverableKind kind : DeliverableKind.values()) {
            review.submit(kind, List.of(), "md", null, "maria", NOW);
            review.approve(kind, "cio", NOW);
            review.distribute(kind, "3 recipients", "maria", NOW);
        }
        assertThatThrownBy(() -> review.close(1, null, "maria", NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("1 action item");
        assertThat(review.status()).isEqualTo(ReviewStatus.OPEN);
        review.close(0, "done", "maria", NOW);
        assertThat(review.status()).isEqualTo(ReviewStatus.CLOSED);
        assertThatThrownBy(() -> review.close(0, null, "maria", NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> review.editSection(Section.SUMMARY, "late", null, "maria", NOW))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void deadlinesAreOnTheBusinessCalendarAndAMissingDeliverableIsNotFound() {
        Review review = aar();
        assertThat(review.deliverable(DeliverableKind.PRELIMINARY).dueAt()).isEqualTo(Instant.parse("2026-12-01T23:00:00Z"));
        assertThat(review.deliverable(DeliverableKind.FINAL).dueAt()).isEqualTo(Instant.parse("2026-12-04T23:00:00Z"));
        assertThat(review.isOverdue(Instant.parse("2026-12-01T23:00:01Z"))).isTrue();
        Review pir = Review.open(new Review.Subject(ReviewType.PIR, ReviewTrigger.SEVERITY_1_INCIDENT, "p", null,
                UUID.randomUUID(), List.of(), List.of(), "PIR"), null, List.of(Deliverable.plan(DeliverableKind.FINAL, 5)), Map.of(), NOW);
        assertThatThrownBy(() -> pir.deliverable(DeliverableKind.PRELIMINARY)).isInstanceOf(ResourceNotFoundException.class);
        assertThat(pir.deliverable(DeliverableKind.FINAL).dueAt()).isNull();
        assertThat(pir.isOverdue(Instant.parse("2030-01-01T00:00:00Z"))).isFalse();
    }
}
