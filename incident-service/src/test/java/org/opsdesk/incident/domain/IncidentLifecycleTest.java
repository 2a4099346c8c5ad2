package org.opsdesk.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opsdesk.incident.domain.DomainFixtures.DEADLINES;
import static org.opsdesk.incident.domain.DomainFixtures.DESK;
import static org.opsdesk.incident.domain.DomainFixtures.P2_TERMS;
import static org.opsdesk.incident.domain.DomainFixtures.SETTINGS;
import static org.opsdesk.incident.domain.DomainFixtures.T0;
import static org.opsdesk.incident.domain.IncidentStatus.ASSIGNED;
import static org.opsdesk.incident.domain.IncidentStatus.CLOSED;
import static org.opsdesk.incident.domain.IncidentStatus.IN_PROGRESS;
import static org.opsdesk.incident.domain.IncidentStatus.NEW;
import static org.opsdesk.incident.domain.IncidentStatus.ON_HOLD;
import static org.opsdesk.incident.domain.IncidentStatus.REFERRED;
import static org.opsdesk.incident.domain.IncidentStatus.RESOLVED;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opsdesk.platform.errors.ConflictException;
import org.opsdesk.platform.errors.IllegalTransitionException;

/** Every command in every state: the allowed ones lead to the expected state, the others are refused (IN-7 … IN-15). */
class IncidentLifecycleTest {

    /** state → (command → next state); a command missing from a state's row is refused there. */
    private static final Map<IncidentStatus, Map<Command, IncidentStatus>> ALLOWED = new EnumMap<>(IncidentStatus.class);

    static {
        allow(NEW, Command.UPDATE, NEW, Command.NOTE, NEW, Command.CONTACT_ATTEMPT, NEW, Command.LINK, NEW,
                Command.ASSIGN, ASSIGNED, Command.ESCALATE, ASSIGNED, Command.REFER, REFERRED, Command.RESOLVE, RESOLVED);
        allow(ASSIGNED, Command.UPDATE, ASSIGNED, Command.NOTE, ASSIGNED, Command.CONTACT_ATTEMPT, ASSIGNED, Command.LINK, ASSIGNED,
                Command.ASSIGN, ASSIGNED, Command.ACKNOWLEDGE, IN_PROGRESS, Command.RETURN_TO_SERVICE_DESK, NEW,
                Command.ESCALATE, ASSIGNED, Command.HOLD, ON_HOLD, Command.REFER, REFERRED, Command.RESOLVE, RESOLVED);
        allow(IN_PROGRESS, Command.UPDATE, IN_PROGRESS, Command.NOTE, IN_PROGRESS, Command.CONTACT_ATTEMPT, IN_PROGRESS,
                Command.LINK, IN_PROGRESS, Command.ASSIGN, ASSIGNED, Command.RETURN_TO_SERVICE_DESK, NEW,
                Command.ESCALATE, ASSIGNED, Command.HOLD, ON_HOLD, Command.REFER, REFERRED, Command.RESOLVE, RESOLVED);
        allow(ON_HOLD, Command.UPDATE, ON_HOLD, Command.NOTE, ON_HOLD, Command.CONTACT_ATTEMPT, ON_HOLD, Command.LINK, ON_HOLD,
                Command.RESUME, IN_PROGRESS, Command.RESOLVE, RESOLVED, Command.CLOSE, CLOSED);
        allow(RESOLVED, Command.UPDATE, RESOLVED, Command.NOTE, RESOLVED, Command.CONTACT_ATTEMPT, RESOLVED, Command.LINK, RESOLVED,
                Command.CONFIRM, CLOSED, Command.DISPUTE, IN_PROGRESS, Command.CLOSE, CLOSED);
        allow(REFERRED, Command.UPDATE, REFERRED, Command.NOTE, REFERRED, Command.CONTACT_ATTEMPT, REFERRED, Command.LINK, REFERRED,
                Command.CONFIRM, CLOSED, Command.DISPUTE, NEW, Command.CLOSE, CLOSED);
        allow(CLOSED);
    }

    private static void allow(IncidentStatus state, Object... commandsAndNextStates) {
        Map<Command, IncidentStatus> row = new EnumMap<>(Command.class);
        for (int i = 0; i < commandsAndNextStates.length; i += 2) {
            row.put((Command) commandsAndNextStates[i], (IncidentStatus) commandsAndNextStates[i + 1]);
        }
        ALLOWED.put(state, row);
    }

    /** Runs a command with valid arguments; the customer counts as unreachable (no unmet conditions). */
    private static final Map<Command, Consumer<Incident>> RUN = new EnumMap<>(Map.ofEntries(
            Map.entry(Command.UPDATE, i -> i.update(new IncidentEdit("Mail down", null, null, null, null, null, null, null),
                    Priority.P2, true, P2_TERMS, SETTINGS)),
            Map.entry(Command.NOTE, i -> i.requireAllows(Command.NOTE)),
            Map.entry(Command.CONTACT_ATTEMPT, i -> i.requireAllows(Command.CONTACT_ATTEMPT)),
            Map.entry(Command.LINK, i -> i.requireAllows(Command.LINK)),
            Map.entry(Command.ASSIGN, i -> i.assign("network-team", null, T0)),
            Map.entry(Command.ACKNOWLEDGE, i -> i.acknowledge("nina", T0)),
            Map.entry(Command.RETURN_TO_SERVICE_DESK, i -> i.returnToServiceDesk(DESK)),
            Map.entry(Command.ESCALATE, i -> i.escalateFunctionally("infrastructure-engineering", T0)),
            Map.entry(Command.HOLD, i -> i.hold(T0)),
            Map.entry(Command.RESUME, i -> i.resume(T0, SETTINGS)),
            Map.entry(Command.REFER, i -> i.refer("dps-help-desk", T0, "desk", DEADLINES)),
            Map.entry(Command.RESOLVE, i -> i.resolve(ResolutionType.WORKAROUND, "restarted", DomainFixtures.CONFIRMED, T0, "tess", DEADLINES)),
            Map.entry(Command.CONFIRM, i -> i.confirm(T0, "pat")),
            Map.entry(Command.DISPUTE, i -> i.dispute(T0.plusSeconds(60), SETTINGS, DESK)),
            Map.entry(Command.CLOSE, i -> i.close(T0, "desk", List.of()))));

    static Stream<Arguments> everyStateAndCommand() {
        List<Arguments> cases = new ArrayList<>();
        for (IncidentStatus state : IncidentStatus.values()) {
            for (Command command : Command.values()) {
                cases.add(Arguments.of(state, command));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("everyStateAndCommand")
    void aCommandLeadsToItsStateOrIsRefusedNamingTheAllowedOnes(IncidentStatus state, Command command) {
        Incident incident = DomainFixtures.in(state);
        IncidentStatus expected = ALLOWED.get(state).get(command);
        if (expected != null) {
            RUN.get(command).accept(incident);
            assertThat(incident.status()).isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> RUN.get(command).accept(incident))
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                        assertThat(e.state()).isEqualTo(state.name());
                        assertThat(e.allowedCommands()).containsExactlyInAnyOrderElementsOf(
                                ALLOWED.get(state).keySet().stream().map(Command::label).toList());
                    });
            assertThat(incident.status()).isEqualTo(state);
            assertThat(incident.drainChanges()).isEmpty();
        }
    }

    @Test
    void theTableOfTheEnumIsTheTableOfThisTest() {
        for (IncidentStatus state : IncidentStatus.values()) {
            assertThat(state.allowedLabels())
                    .containsExactlyInAnyOrderElementsOf(ALLOWED.get(state).keySet().stream().map(Command::label).toList());
        }
    }

    @Test
    void aClosedIncidentIsFinal() {
        assertThat(IncidentStatus.CLOSED.allowedCommands()).isEmpty();
    }

    @Test
    void aDisputeAfterTheWindowIsRefusedAndChangesNothing() {
        Incident incident = DomainFixtures.in(RESOLVED);
        assertThatThrownBy(() -> incident.dispute(DEADLINES.disputeDeadline().plusSeconds(1), SETTINGS, DESK))
                .isInstanceOf(ConflictException.class).hasMessageContaining("dispute window").hasMessageContaining("followUpOf");
        assertThat(incident.status()).isEqualTo(RESOLVED);
        assertThat(incident.reopenCount()).isZero();
    }

    @Test
    void aDisputeReopensCountsAndClearsTheResolution() {
        Incident incident = DomainFixtures.in(RESOLVED);
        incident.dispute(T0.plus(Duration.ofHours(1)), SETTINGS, DESK);
        assertThat(incident.reopenCount()).isEqualTo(1);
        assertThat(incident.resolvedAt()).isNull();
        assertThat(incident.disputeDeadline()).isNull();
        assertThat(incident.assignee()).isEqualTo("tess");
    }

    @Test
    void closingAnUnreachableCustomersCaseNeedsTheContactAttemptsButAReferralDoesNot() {
        Incident onHold = DomainFixtures.in(ON_HOLD);
        assertThatThrownBy(() -> onHold.close(T0, "desk", List.of("3 unsuccessful contact attempts needed, 1 recorded")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("3 unsuccessful contact attempts needed");
        assertThat(onHold.status()).isEqualTo(ON_HOLD);

        Incident referred = DomainFixtures.in(REFERRED);
        referred.close(T0, "desk", List.of("anything"));
        assertThat(referred.status()).isEqualTo(CLOSED);
        assertThat(referred.closeReason()).isEqualTo("REFERRAL_CLOSED");
    }

    @Test
    void autoCloseHappensOnlyOnceTheDeadlineHasPassed() {
        Incident incident = DomainFixtures.in(RESOLVED);
        assertThat(incident.autoClose(DEADLINES.autoCloseAt().minusSeconds(1), "auto")).isFalse();
        assertThat(incident.status()).isEqualTo(RESOLVED);
        assertThat(incident.autoClose(DEADLINES.autoCloseAt(), "auto")).isTrue();
        assertThat(incident.status()).isEqualTo(CLOSED);
        assertThat(incident.closeReason()).isEqualTo("AUTO_CLOSED");
        assertThat(DomainFixtures.in(IN_PROGRESS).autoClose(DEADLINES.autoCloseAt(), "auto")).isFalse();
    }

    @Test
    void everyChangeIsRecordedWithItsOldAndNewValue() {
        Incident incident = DomainFixtures.in(NEW);
        incident.assign("server-team", "tess", T0);
        assertThat(incident.drainChanges()).containsExactly(
                new FieldChange("assignedTeam", DESK, "server-team"),
                new FieldChange("assignee", null, "tess"),
                new FieldChange("status", "NEW", "ASSIGNED"));
        assertThat(incident.drainChanges()).isEmpty();
    }

    @Test
    void aMajorIncidentIsLinkedOnce() {
        Incident incident = DomainFixtures.in(NEW);
        UUID major = UUID.randomUUID();
        assertThat(incident.linkToMajorIncident(major)).isTrue();
        assertThat(incident.linkToMajorIncident(major)).isFalse();
        assertThat(incident.majorIncidentId()).isEqualTo(major);
    }
}
