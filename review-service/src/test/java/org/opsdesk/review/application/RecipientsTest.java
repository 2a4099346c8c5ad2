package org.opsdesk.review.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opsdesk.review.domain.Deliverable;
import org.opsdesk.review.domain.DeliverableKind;
import org.opsdesk.review.domain.Person;
import org.opsdesk.review.domain.Review;
import org.opsdesk.review.domain.ReviewTrigger;
import org.opsdesk.review.domain.ReviewType;

/** RV-3: a report's "owner" is the person who owns the review, or while nobody does the audience that owns it. */
class RecipientsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T20:00:00Z");

    @Test
    void theOwnerOfAReviewNobodyWasNamedForIsItsAudienceForNotificationServiceToResolve() {
        Review review = Review.open(new Review.Subject(ReviewType.PIR, ReviewTrigger.SEVERITY_1_INCIDENT, "p", null,
                        UUID.randomUUID(), List.of(), List.of("payroll"), "INC-1 — Post-Incident Review"), null,
                List.of(Deliverable.plan(DeliverableKind.FINAL, 5)), Map.of(), NOW);
        review.ownedByAudience("problem-management");
        Recipients recipients = new Recipients(null, null);
        Recipients.Distribution distribution = recipients.of(review, List.of("owner", "cio"));
        assertThat(distribution.audiences()).containsExactly("problem-management", "cio");
        assertThat(distribution.people()).isEmpty();

        review.assignOwner(new Person("Pat", "pat@opsdesk.example"), "si", NOW);
        distribution = recipients.of(review, List.of("owner", "cio"));
        assertThat(distribution.audiences()).containsExactly("cio");
        assertThat(distribution.people()).containsExactly(new Person("Pat", "pat@opsdesk.example"));
    }
}
