package org.opsdesk.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opsdesk.review.support.TestCalendars;

/** RV-2: the AAR reflects on the response (strengths, weaknesses, areas for improvement) with its timeline and follow-ups. */
class ReportMarkdownTest {

    private static final Instant NOW = Instant.parse("2026-11-25T20:00:00Z");

    @Test
    void theAfterActionReviewShowsStrengthsWeaknessesAndAreasForImprovementWithTheirActionItems() {
        Review review = Review.open(new Review.Subject(ReviewType.AAR, ReviewTrigger.MAJOR_INCIDENT_RESOLVED, "k",
                        UUID.randomUUID(), null, List.of(), List.of("payroll"), "MI-000042 Payroll portal down — After Action Review"),
                new Person("Maria", "maria@opsdesk.example"), List.of(Deliverable.plan(DeliverableKind.PRELIMINARY, 2)),
                Map.of(Section.STRENGTHS, "Bridge opened in 5 minutes.", Section.WEAKNESSES, "Paging list outdated."), NOW);
        ActionItem item = ActionItem.create(review.id(), "Update the paging list", new Person("Sam", null),
                LocalDate.of(2026, 12, 4), NOW, new ActionItem.Ticket("CHG-7", "https://itsm.example/CHG-7"), "maria", NOW);
        String md = ReportMarkdown.render(review, "Preliminary report",
                List.of(Section.SUMMARY, Section.TIMELINE, Section.STRENGTHS, Section.WEAKNESSES, Section.AREAS_FOR_IMPROVEMENT),
                new ReportMarkdown.Context(List.of(new ReportMarkdown.Fact("Coordinator", "Maria"), new ReportMarkdown.Fact("Team", "")),
                        List.of(new ReportMarkdown.TimelineLine(Instant.parse("2026-11-25T14:05:00Z"), "MI-000042 declared")),
                        List.of(item), TestCalendars.CHICAGO));

        assertThat(md).startsWith("# MI-000042 Payroll portal down — After Action Review\n\n**Preliminary report** (AAR, version 0)")
                .contains("- **Coordinator:** Maria\n").doesNotContain("**Team:**")
                .contains("## Summary\n\n_Not written yet._")
                .contains("## Timeline\n\n- 2026-11-25 08:05 CST — MI-000042 declared\n")
                .contains("## Strengths\n\nBridge opened in 5 minutes.\n")
                .contains("## Weaknesses\n\nPaging list outdated.\n")
                .contains("## Areas for improvement\n\n_Not written yet._")
                .contains("## Action items\n\n- [ ] Update the paging list — Sam, due 2026-12-04 (OPEN) [CHG-7](https://itsm.example/CHG-7)");
        assertThat(md.indexOf("## Strengths")).isLessThan(md.indexOf("## Weaknesses"));
    }
}
