package org.opsdesk.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opsdesk.platform.errors.IllegalTransitionException;

class CommunicationPlanTest {

    static final Instant T0 = Instant.parse("2026-11-23T14:00:00Z");

    static PlanAudience audience(String key, Channel channel, Duration cadence) {
        return new PlanAudience(key, key, "Coordinator", channel, cadence, List.of("cio"), List.of(), null, null, null);
    }

    static CommunicationPlan plan() {
        return CommunicationPlan.create(SubjectType.MAJOR_INCIDENT, UUID.randomUUID(), "MI-1", "Outage",
                List.of(audience("execs", Channel.EMAIL, Duration.ofHours(1)), audience("leaders", Channel.SMS, Duration.ofHours(1))), T0);
    }

    @Test
    void adjustingSaysWhichAudiencesWereAddedRemovedAndChanged() {
        CommunicationPlan plan = plan();
        CommunicationPlan.PlanChange change = plan.adjust(List.of(audience("execs", Channel.EMAIL, Duration.ofHours(1)),
                audience("leaders", Channel.VOICE, Duration.ofMinutes(30)), audience("chat", Channel.WEBHOOK, Duration.ofHours(1))));
        assertThat(change.added()).extracting(PlanAudience::audience).containsExactly("chat");
        assertThat(change.removed()).isEmpty();
        assertThat(change.changed()).extracting(PlanAudience::audience).containsExactly("leaders");
        assertThat(plan.adjust(List.of(audience("chat", Channel.WEBHOOK, Duration.ofHours(1)))).removed())
                .extracting(PlanAudience::audience).containsExactly("execs", "leaders");
    }

    @Test
    void aResolvedPlanCanOnlyBeReopenedAndAReopenedOneAdjustedAgain() {
        CommunicationPlan plan = plan();
        plan.resolve(T0.plusSeconds(60));
        assertThat(plan.status()).isEqualTo(PlanStatus.RESOLVED);
        assertThat(plan.resolvedAt()).isEqualTo(T0.plusSeconds(60));
        assertThatThrownBy(() -> plan.adjust(List.of())).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("allowed: reopen");
        assertThatThrownBy(() -> plan.resolve(T0)).isInstanceOf(IllegalTransitionException.class);
        plan.reopen();
        assertThat(plan.isActive()).isTrue();
        assertThat(plan.resolvedAt()).isNull();
        assertThatThrownBy(plan::reopen).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void recipientsFollowTheChannelOfTheAudience() {
        Contact cio = new Contact("cio");
        cio.describe("CIO", "cio@opsdesk.example", "+14055550101", null, null);
        Contact mailOnly = new Contact("desk");
        mailOnly.describe("Desk", "desk@opsdesk.example", null, null, null);
        List<Contact> contacts = List.of(cio, mailOnly);
        assertThat(audience("a", Channel.EMAIL, Duration.ofHours(1)).recipients(contacts, null))
                .extracting(Recipient::address).containsExactly("cio@opsdesk.example", "desk@opsdesk.example");
        assertThat(audience("a", Channel.SMS, Duration.ofHours(1)).recipients(contacts, null))
                .extracting(Recipient::address).containsExactly("+14055550101");
        PlanAudience bulk = new PlanAudience("b", "B", "Desk", Channel.BULK, Duration.ofHours(1), List.of(), List.of("CUSTOMERS"), null, null, null);
        assertThat(bulk.recipients(contacts, null)).extracting(Recipient::address).containsExactly("CUSTOMERS");
        PlanAudience chat = new PlanAudience("c", "C", "Desk", Channel.WEBHOOK, Duration.ofHours(1), List.of(), List.of(), null, null, null);
        assertThat(chat.recipients(contacts, "https://hooks.example/default")).extracting(Recipient::address)
                .containsExactly("https://hooks.example/default");
        assertThat(chat.recipients(contacts, null)).isEmpty();
    }
}
