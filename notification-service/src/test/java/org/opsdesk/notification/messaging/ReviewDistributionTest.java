package org.opsdesk.notification.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opsdesk.notification.application.sending.DeliverySender;
import org.opsdesk.notification.support.Fixtures;
import org.opsdesk.notification.support.MailAndHttpPeers;
import org.opsdesk.notification.support.Mailbox;
import org.opsdesk.notification.support.TestEvents;
import org.opsdesk.platform.testing.Records;

/** review.distributed: the report is emailed to its recipients, once per version; missed deadlines are escalated. */
@QuarkusTest
@WithTestResource(MailAndHttpPeers.class)
class ReviewDistributionTest {

    @Inject
    ReviewEventsConsumer consumer;
    @Inject
    DeliverySender sender;

    @Test
    void aDistributedReportIsEmailedToItsRecipientsOnceAndARevisedOneAgain() {
        UUID reviewId = UUID.randomUUID();
        String title = "AAR " + reviewId.toString().substring(0, 8) + ": payroll outage";
        Map<String, Object> data = review(reviewId, "distributed");
        data.putAll(Map.of("kind", "FINAL", "title", title,
                "recipients", List.of(Map.of("name", "CIO", "email", "cio@opsdesk.example"), Map.of("name", "COAO", "email", "coao@opsdesk.example")),
                "reportMarkdown", "# After Action Review\n\n* Root cause: <expired certificate>\n"));
        Instant now = Instant.now();
        consumer.receive(Records.batch(TestEvents.envelope("/review-service", "review.distributed", reviewId.toString(), now, data)));
        consumer.receive(Records.batch(TestEvents.envelope("/review-service", "review.distributed", reviewId.toString(), now, data)));
        sender.sendDue(Instant.now());

        List<MimeMessage> sent = Mailbox.distinct(Mailbox.withSubject("[AAR] Final report: " + title));
        assertThat(sent).hasSize(1);
        assertThat(Mailbox.to(sent.get(0))).containsExactlyInAnyOrder("cio@opsdesk.example", "coao@opsdesk.example");
        assertThat(Mailbox.text(sent.get(0))).contains("* Root cause: <expired certificate>");
        assertThat(Mailbox.html(sent.get(0))).contains("Root cause: &lt;expired certificate&gt;");

        data.put("reportMarkdown", "# After Action Review\n\n* Root cause: expired certificate (revised)\n");
        consumer.receive(Records.batch(TestEvents.envelope("/review-service", "review.distributed", reviewId.toString(), Instant.now(), data)));
        sender.sendDue(Instant.now());
        assertThat(Mailbox.distinct(Mailbox.withSubject("[AAR] Final report: " + title))).hasSize(2);
    }

    @Test
    void audiencesAndOrganisationsAreResolvedFromTheContactsAndCustomersGetOnlyTheCustomerReport() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String org = "agency-" + tag;
        Fixtures.contact("tbc-" + tag, Map.of("name", "TBC " + tag, "email", "tbc-" + tag + "@opsdesk.example"));
        Fixtures.contact("liaison-" + tag, Map.of("name", "Agency liaison", "email", "liaison-" + tag + "@agency.example",
                "organisation", org));
        Fixtures.audience("board-" + tag, Map.of("name", "Board " + tag, "communicator", "Strategic Initiatives team",
                "channel", "EMAIL", "members", List.of("tbc-" + tag)));
        UUID reviewId = UUID.randomUUID();
        String title = "AAR " + tag + ": payroll outage";
        Map<String, Object> data = review(reviewId, "distributed");
        data.putAll(Map.of("kind", "PRELIMINARY", "title", title, "recipients", List.of(),
                "audiences", List.of("board-" + tag, "not-configured-" + tag),
                "reportMarkdown", "# AAR\n\n## Weaknesses\n\nPaging list outdated.\n",
                "customerRecipients", List.of(Map.of("name", "Rita", "email", "rita-" + tag + "@agency.example")),
                "customerOrganisations", List.of(org),
                "customerReportMarkdown", "# AAR\n\n## Summary for customers\n\nPayroll is restored.\n"));
        consumer.receive(Records.batch(TestEvents.envelope("/review-service", "review.distributed", reviewId.toString(), Instant.now(), data)));
        sender.sendDue(Instant.now());

        List<MimeMessage> sent = Mailbox.distinct(Mailbox.withSubject("[AAR] Preliminary report: " + title));
        assertThat(sent).hasSize(2);
        MimeMessage internal = sent.stream().filter(m -> Mailbox.text(m).contains("Weaknesses")).findFirst().orElseThrow();
        assertThat(Mailbox.to(internal)).containsExactly("tbc-" + tag + "@opsdesk.example");
        MimeMessage customer = sent.stream().filter(m -> m != internal).findFirst().orElseThrow();
        assertThat(Mailbox.to(customer)).containsExactlyInAnyOrder("liaison-" + tag + "@agency.example", "rita-" + tag + "@agency.example");
        assertThat(Mailbox.text(customer)).contains("Payroll is restored.").doesNotContain("Weaknesses", "Paging list");
    }

    /** RV-3: review-service names audiences; their members come from this service's contacts (one directory). */
    @Test
    void aMissedReviewDeadlineIsEscalatedToThePeopleAndTheMembersOfTheAudiencesItNames() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Fixtures.contact("cio-" + tag, Map.of("name", "CIO " + tag, "email", "cio-" + tag + "@opsdesk.example"));
        Fixtures.audience("escalation-" + tag, Map.of("name", "Escalation " + tag, "communicator", "Strategic Initiatives team",
                "channel", "EMAIL", "members", List.of("cio-" + tag)));
        UUID reviewId = UUID.randomUUID();
        Map<String, Object> data = review(reviewId, "deadline");
        Instant due = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(3600);
        data.putAll(Map.of("kind", "PRELIMINARY", "dueAt", due.toString(),
                "escalateTo", List.of(Map.of("name", "Strategic Initiatives", "email", "si-lead@opsdesk.example")),
                "escalateToAudiences", List.of("escalation-" + tag)));
        String event = TestEvents.envelope("/review-service", "review.deadline-missed", reviewId.toString(), Instant.now(), data);
        consumer.receive(Records.batch(event));
        consumer.receive(Records.batch(event));
        sender.sendDue(Instant.now());

        List<MimeMessage> sent = Mailbox.distinct(Mailbox.withSubject("[AAR] Deadline missed: Preliminary report"));
        assertThat(sent).filteredOn(m -> Mailbox.text(m).contains(reviewId.toString())).hasSize(1)
                .allSatisfy(m -> assertThat(Mailbox.to(m)).containsExactlyInAnyOrder("si-lead@opsdesk.example",
                        "cio-" + tag + "@opsdesk.example"));
    }

    private static Map<String, Object> review(UUID reviewId, String what) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reviewId", reviewId.toString());
        data.put("type", "AAR");
        data.put("majorIncidentId", UUID.randomUUID().toString());
        data.put("status", what.equals("distributed") ? "DISTRIBUTED" : "DRAFT");
        return data;
    }
}
