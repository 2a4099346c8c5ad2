package org.opsdesk.incident.domain.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opsdesk.platform.errors.IllegalTransitionException;

/** The problem lifecycle of IN-12: every allowed and refused step. */
class ProblemTest {

    private static final Instant NOW = Instant.parse("2026-12-08T15:00:00Z");

    private static Problem open() {
        return Problem.open("PRB-0000001", "Cause of INC-1", null, ProblemReason.PRIORITY_1, null, NOW, "desk");
    }

    @Test
    void openToKnownErrorToResolvedToClosed() {
        Problem problem = open();
        assertThat(problem.link(UUID.randomUUID())).isTrue();
        problem.rootCauseFound("expired certificate", "restart the pool", null);
        assertThat(problem.status()).isEqualTo(ProblemStatus.KNOWN_ERROR);
        problem.resolve("automated renewal", NOW);
        assertThat(problem.status()).isEqualTo(ProblemStatus.RESOLVED);
        problem.close(NOW);
        assertThat(problem.status()).isEqualTo(ProblemStatus.CLOSED);
        assertThat(problem.isOpen()).isFalse();
    }

    @Test
    void anOpenProblemMayBeResolvedDirectlyButNotClosed() {
        Problem problem = open();
        assertThatThrownBy(() -> problem.close(NOW)).isInstanceOfSatisfying(IllegalTransitionException.class,
                e -> assertThat(e.allowedCommands()).containsExactly("incidents", "root-cause", "resolve"));
        problem.resolve("fixed", NOW);
        assertThat(problem.status()).isEqualTo(ProblemStatus.RESOLVED);
    }

    @Test
    void aResolvedOrClosedProblemTakesNoIncidentsAndNoRootCause() {
        Problem problem = open();
        problem.resolve("fixed", NOW);
        assertThatThrownBy(() -> problem.link(UUID.randomUUID())).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> problem.rootCauseFound("x", null, null)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> problem.resolve("again", NOW)).isInstanceOf(IllegalTransitionException.class);
        problem.close(NOW);
        assertThatThrownBy(() -> problem.close(NOW)).isInstanceOfSatisfying(IllegalTransitionException.class,
                e -> assertThat(e.allowedCommands()).isEmpty());
    }

    @Test
    void anIncidentIsLinkedOnceAndAMajorIncidentCoveredOnce() {
        Problem problem = open();
        UUID incident = UUID.randomUUID();
        assertThat(problem.link(incident)).isTrue();
        assertThat(problem.link(incident)).isFalse();
        UUID major = UUID.randomUUID();
        assertThat(problem.cover(major)).isTrue();
        assertThat(problem.cover(UUID.randomUUID())).isFalse();
        assertThat(problem.majorIncidentId()).isEqualTo(major);
    }
}
