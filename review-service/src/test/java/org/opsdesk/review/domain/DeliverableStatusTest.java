package org.opsdesk.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opsdesk.platform.errors.IllegalTransitionException;
import org.opsdesk.review.domain.DeliverableStatus.Command;

/** RV-3: every allowed and every refused transition of a deliverable. */
class DeliverableStatusTest {

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of(DeliverableStatus.DRAFT, Command.SUBMIT, DeliverableStatus.SUBMITTED),
                Arguments.of(DeliverableStatus.DRAFT, Command.APPROVE, null),
                Arguments.of(DeliverableStatus.DRAFT, Command.REJECT, null),
                Arguments.of(DeliverableStatus.DRAFT, Command.DISTRIBUTE, null),
                Arguments.of(DeliverableStatus.SUBMITTED, Command.SUBMIT, null),
                Arguments.of(DeliverableStatus.SUBMITTED, Command.APPROVE, DeliverableStatus.APPROVED),
                Arguments.of(DeliverableStatus.SUBMITTED, Command.REJECT, DeliverableStatus.DRAFT),
                Arguments.of(DeliverableStatus.SUBMITTED, Command.DISTRIBUTE, null),
                Arguments.of(DeliverableStatus.APPROVED, Command.SUBMIT, null),
                Arguments.of(DeliverableStatus.APPROVED, Command.APPROVE, null),
                Arguments.of(DeliverableStatus.APPROVED, Command.REJECT, null),
                Arguments.of(DeliverableStatus.APPROVED, Command.DISTRIBUTE, DeliverableStatus.DISTRIBUTED),
                Arguments.of(DeliverableStatus.DISTRIBUTED, Command.SUBMIT, null),
                Arguments.of(DeliverableStatus.DISTRIBUTED, Command.APPROVE, null),
                Arguments.of(DeliverableStatus.DISTRIBUTED, Command.REJECT, null),
                Arguments.of(DeliverableStatus.DISTRIBUTED, Command.DISTRIBUTE, null));
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("table")
    void transition(DeliverableStatus from, Command command, DeliverableStatus to) {
        if (to != null) {
            assertThat(from.on(command)).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> from.on(command))
                    .isInstanceOf(IllegalTransitionException.class)
                    .satisfies(e -> {
                        IllegalTransitionException refused = (IllegalTransitionException) e;
                        assertThat(refused.state()).isEqualTo(from.name());
                        assertThat(refused.allowedCommands()).containsExactlyElementsOf(
                                from.allowedCommands().stream().map(Command::label).toList());
                    });
        }
    }
}
