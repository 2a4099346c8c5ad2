package org.opsdesk.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsdesk.incident.domain.DomainFixtures.DESK;
import static org.opsdesk.incident.domain.DomainFixtures.P2_TERMS;
import static org.opsdesk.incident.domain.DomainFixtures.SETTINGS;
import static org.opsdesk.incident.domain.DomainFixtures.T0;
import static org.opsdesk.platform.testing.Properties.between;
import static org.opsdesk.platform.testing.Properties.forAll;
import static org.opsdesk.platform.testing.Properties.listOf;
import static org.opsdesk.platform.testing.Properties.oneOf;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opsdesk.platform.errors.ConflictException;
import org.opsdesk.platform.errors.IllegalTransitionException;

/**
 * Any sequence of commands, at any pace: an incident never reaches a state its fields contradict, a refused command
 * changes nothing, and CLOSED is final (IN-7 … IN-15).
 */
class IncidentLifecyclePropertiesTest {

    private static final Set<IncidentStatus> WAITING = EnumSet.of(IncidentStatus.RESOLVED, IncidentStatus.REFERRED);

    /** A command (null: the auto-close job), in one of its two forms, some minutes after the previous step. */
    record Step(Command command, boolean otherForm, int minutesLater) {
    }

    private static Step step(Random random) {
        Command command = random.nextInt(100) < 7 ? null : oneOf(random, Command.values());
        return new Step(command, random.nextBoolean(), between(random, 0, 4 * 24 * 60));
    }

    @Test
    void anySequenceKeepsTheIncidentConsistent() {
        forAll("any sequence keeps the incident consistent", 1000, random -> listOf(random, 40, IncidentLifecyclePropertiesTest::step),
                IncidentLifecyclePropertiesTest::replay);
    }

    private static void replay(List<Step> steps) {
        Incident incident = DomainFixtures.logged();
        incident.drainChanges();
        Instant now = T0;
        int disputes = 0;
        for (Step step : steps) {
            now = now.plus(Duration.ofMinutes(step.minutesLater()));
            IncidentStatus before = incident.status();
            List<Object> fieldsBefore = fields(incident);
            try {
                run(incident, step, now);
                if (step.command() != null) {
                    assertThat(before.allows(step.command())).as("%s accepted in %s", step.command(), before).isTrue();
                }
                disputes += step.command() == Command.DISPUTE ? 1 : 0;
            } catch (ConflictException refused) {
                assertThat(fields(incident)).as("%s refused in %s", step.command(), before).isEqualTo(fieldsBefore);
                assertThat(incident.drainChanges()).isEmpty();
                if (refused instanceof IllegalTransitionException) {
                    assertThat(before.allows(step.command())).isFalse();
                }
            }
            assertConsistent(incident, disputes);
            if (before == IncidentStatus.CLOSED) {
                assertThat(incident.status()).isEqualTo(IncidentStatus.CLOSED);
            }
            incident.drainChanges();
        }
    }

    private static void run(Incident incident, Step step, Instant now) {
        boolean other = step.otherForm();
        Deadlines deadlines = new Deadlines(now.plus(Duration.ofDays(3)), now.plus(Duration.ofDays(3)));
        if (step.command() == null) {
            incident.autoClose(now, "auto-close");
            return;
        }
        switch (step.command()) {
            case UPDATE -> incident.update(new IncidentEdit(other ? "Mail down" : "Email is down", null, other ? 1 : null, null, null,
                    null, null, null), other ? Priority.P1 : Priority.P2, true, P2_TERMS, SETTINGS);
            case NOTE, CONTACT_ATTEMPT, LINK -> incident.requireAllows(step.command());
            case ASSIGN -> incident.assign(other ? "network-team" : "server-team", other ? null : "nina", now);
            case ACKNOWLEDGE -> incident.acknowledge("tess", now);
            case RETURN_TO_SERVICE_DESK -> incident.returnToServiceDesk(DESK);
            case ESCALATE -> {
                if (other) {
                    incident.escalateHierarchically();
                } else {
                    incident.escalateFunctionally("infrastructure-engineering", now);
                }
            }
            case HOLD -> incident.hold(now);
            case RESUME -> incident.resume(now, SETTINGS);
            case REFER -> incident.refer("dps-help-desk", now, "desk", deadlines);
            case RESOLVE -> incident.resolve(other ? ResolutionType.WORKAROUND : ResolutionType.PERMANENT_FIX, "restarted", DomainFixtures.CONFIRMED, now, "tess", deadlines);
            case CONFIRM -> incident.confirm(now, "pat");
            case DISPUTE -> incident.dispute(now, SETTINGS, DESK);
            case CLOSE -> incident.close(now, "desk", other ? List.of("3 unsuccessful contact attempts needed") : List.of());
        }
    }

    private static void assertConsistent(Incident incident, int disputes) {
        IncidentStatus status = incident.status();
        assertThat(incident.closedAt() != null).as("closedAt in %s", status).isEqualTo(status == IncidentStatus.CLOSED);
        if (status.isOpen()) {
            assertThat(Arrays.asList(incident.resolvedAt(), incident.disputeDeadline(), incident.autoCloseAt(), incident.referredTo()))
                    .as("resolution of an open incident").containsOnlyNulls();
            assertThat(incident.sla().pausedAt() != null).as("paused in %s", status).isEqualTo(status == IncidentStatus.ON_HOLD);
        } else {
            assertThat(incident.sla().pausedAt()).as("clock of a %s incident", status).isNotNull();
        }
        if (WAITING.contains(status)) {
            assertThat(incident.resolvedAt()).isNotNull();
            assertThat(incident.disputeDeadline()).isNotNull();
            assertThat(incident.referredTo() != null).isEqualTo(status == IncidentStatus.REFERRED);
        }
        if (status == IncidentStatus.IN_PROGRESS) {
            assertThat(incident.assignee()).isNotNull();
        }
        assertThat(incident.reopenCount()).isEqualTo(disputes);
    }

    /** Everything a command may change. */
    private static List<Object> fields(Incident i) {
        return Arrays.asList(i.status(), i.summary(), i.severity(), i.priority(), i.assignedTeam(), i.assignee(), i.managementLevel(),
                i.resolutionType(), i.resolution(), i.resolvedAt(), i.resolvedBy(), i.confirmationMethod(), i.unconfirmedReason(),
                i.disputeDeadline(), i.autoCloseAt(),
                i.referredTo(), i.closedAt(), i.closedBy(), i.closeReason(), i.reopenCount(), i.sla().respondedAt(),
                i.sla().pausedAt(), i.sla().dueAt(SlaTarget.RESPONSE), i.sla().dueAt(SlaTarget.RESOLUTION));
    }
}
