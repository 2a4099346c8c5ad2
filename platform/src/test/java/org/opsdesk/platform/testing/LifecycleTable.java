package org.opsdesk.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.function.BiFunction;
import org.opsdesk.platform.errors.IllegalTransitionException;
import org.opsdesk.platform.lifecycle.Lifecycle;
import org.opsdesk.platform.lifecycle.LifecycleCommand;

/**
 * Checks a status enum against its state × command table, written as a grid: the header row names every command by
 * its label and each row starts with a state's name (or, for many commands, the header names the states and each row
 * starts with a command's label); a cell says what that state does with that command: {@code -}
 * refuses it (409 naming the state and what it allows), {@code +} allows it (the aggregate picks the next state), or
 * the name of the state it leads to (checked through {@code after}). Every state and every command must appear.
 */
public final class LifecycleTable<S extends Enum<S> & Lifecycle<C>, C extends Enum<C> & LifecycleCommand> {

    private final Class<S> states;
    private final Class<C> commands;
    private BiFunction<S, C, S> after;

    private LifecycleTable(Class<S> states, Class<C> commands) {
        this.states = states;
        this.commands = commands;
    }

    public static <S extends Enum<S> & Lifecycle<C>, C extends Enum<C> & LifecycleCommand> LifecycleTable<S, C> of(
            Class<S> states, Class<C> commands) {
        return new LifecycleTable<>(states, commands);
    }

    /** The enum's next-state function, for tables whose cells name states. */
    public LifecycleTable<S, C> after(BiFunction<S, C, S> after) {
        this.after = after;
        return this;
    }

    public void check(String grid) {
        List<String[]> rows = grid.lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> l.split("\\s+")).toList();
        boolean statesAcross = Arrays.stream(states.getEnumConstants()).anyMatch(s -> s.name().equals(rows.get(0)[0]));
        List<String> across = List.of(rows.get(0));
        List<String> down = new ArrayList<>();
        for (String[] row : rows.subList(1, rows.size())) {
            assertThat(row).as("cells of %s", row[0]).hasSize(across.size() + 1);
            down.add(row[0]);
            for (int i = 0; i < across.size(); i++) {
                checkCell(statesAcross ? across.get(i) : row[0], statesAcross ? row[0] : across.get(i), row[i + 1]);
            }
        }
        assertThat(statesAcross ? across : down).as("every state once")
                .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(states).stream().map(Enum::name).toList());
        assertThat(statesAcross ? down : across).as("every command once")
                .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(commands).stream().map(LifecycleCommand::label).toList());
    }

    private void checkCell(String stateName, String label, String cell) {
        S state = Enum.valueOf(states, stateName);
        C command = Arrays.stream(commands.getEnumConstants()).filter(c -> c.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no command labelled " + label));
        String pair = state + " × " + command.label();
        if (cell.equals("-")) {
            assertThat(state.allows(command)).as(pair).isFalse();
            assertThatThrownBy(() -> state.require(command)).as(pair)
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                        assertThat(e.state()).isEqualTo(state.name());
                        assertThat(e.allowedCommands()).isEqualTo(state.allowedLabels());
                        assertThat(e.getMessage()).contains(command.label());
                    });
            if (after != null) {
                assertThatThrownBy(() -> after.apply(state, command)).as(pair).isInstanceOf(IllegalTransitionException.class);
            }
            return;
        }
        assertThat(state.allows(command)).as(pair).isTrue();
        state.require(command);
        if (!cell.equals("+")) {
            assertThat(after).as("a table that names next states needs after(…)").isNotNull();
            assertThat(after.apply(state, command)).as(pair).isEqualTo(Enum.valueOf(states, cell));
        }
    }
}
