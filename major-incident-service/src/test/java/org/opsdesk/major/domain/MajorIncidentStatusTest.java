package org.opsdesk.major.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opsdesk.platform.errors.IllegalTransitionException;

/** Every (state, command) pair: the allowed ones and the state they lead to, the refused ones with a 409. */
class MajorIncidentStatusTest {

    private static final Set<Command> RESPONSE = EnumSet.of(Command.ADD_MEMBER, Command.OPEN_BRIDGE, Command.ACTIVATE_EOC,
            Command.PUBLISH_STATUS_UPDATE, Command.SET_RECOVERY_OBJECTIVES, Command.RECORD_CHANGE, Command.DECLARE_DISASTER);

    static List<Arguments> allowed() {
        List<Arguments> cases = new ArrayList<>();
        for (Command c : Command.values()) {
            if (c == Command.REOPEN || c == Command.CLOSE) {
                continue;
            }
            MajorIncidentStatus fromDeclared = c == Command.RESOLVE ? MajorIncidentStatus.RESOLVED
                    : RESPONSE.contains(c) ? MajorIncidentStatus.ACTIVE : MajorIncidentStatus.DECLARED;
            cases.add(Arguments.of(MajorIncidentStatus.DECLARED, c, fromDeclared));
            cases.add(Arguments.of(MajorIncidentStatus.ACTIVE, c,
                    c == Command.RESOLVE ? MajorIncidentStatus.RESOLVED : MajorIncidentStatus.ACTIVE));
        }
        cases.add(Arguments.of(MajorIncidentStatus.RESOLVED, Command.LINK_TICKET, MajorIncidentStatus.RESOLVED));
        cases.add(Arguments.of(MajorIncidentStatus.RESOLVED, Command.REOPEN, MajorIncidentStatus.ACTIVE));
        cases.add(Arguments.of(MajorIncidentStatus.RESOLVED, Command.CLOSE, MajorIncidentStatus.CLOSED));
        return cases;
    }

    static List<Arguments> refused() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of(MajorIncidentStatus.DECLARED, Command.REOPEN));
        cases.add(Arguments.of(MajorIncidentStatus.DECLARED, Command.CLOSE));
        cases.add(Arguments.of(MajorIncidentStatus.ACTIVE, Command.REOPEN));
        cases.add(Arguments.of(MajorIncidentStatus.ACTIVE, Command.CLOSE));
        for (Command c : Command.values()) {
            if (c != Command.LINK_TICKET && c != Command.REOPEN && c != Command.CLOSE) {
                cases.add(Arguments.of(MajorIncidentStatus.RESOLVED, c));
            }
            cases.add(Arguments.of(MajorIncidentStatus.CLOSED, c));
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("allowed")
    void anAllowedCommandLeadsToItsState(MajorIncidentStatus from, Command command, MajorIncidentStatus to) {
        assertThat(from.allowedCommands()).contains(command);
        assertThat(from.after(command)).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @MethodSource("refused")
    void aRefusedCommandNamesTheStateAndWhatIsAllowed(MajorIncidentStatus from, Command command) {
        assertThatThrownBy(() -> from.after(command))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.state()).isEqualTo(from.name());
                    assertThat(e.allowedCommands()).isEqualTo(from.allowedWireNames());
                    assertThat(e.getMessage()).contains(command.wireName());
                });
    }

    @Test
    void aClosedMajorIncidentAllowsNothingAndOnlyDeclaredAndActiveAreOpen() {
        assertThat(MajorIncidentStatus.CLOSED.allowedCommands()).isEmpty();
        assertThat(EnumSet.allOf(MajorIncidentStatus.class).stream().filter(MajorIncidentStatus::isOpen))
                .containsExactly(MajorIncidentStatus.DECLARED, MajorIncidentStatus.ACTIVE);
    }
}
