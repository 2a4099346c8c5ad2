package org.opsdesk.major.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opsdesk.platform.errors.ConflictException;
import org.opsdesk.platform.errors.IllegalTransitionException;

class MajorIncidentTest {

    private static final Instant START = Instant.parse("2026-11-23T14:00:00Z");
    private static final Instant NOW = START.plus(Duration.ofMinutes(10));

    private static MajorIncident declared() {
        return MajorIncident.declare("MI-000001", new MajorIncident.Declaration("Payroll down", MajorIncidentType.OPERATIONAL,
                List.of("payroll"), "nobody is paid", List.of()), START, NOW, "ivy");
    }

    private static StatusUpdate estimate(MajorIncident mi, Instant remediatedAt) {
        return StatusUpdate.publish(mi.id(), new StatusUpdate.Items("n", "i", "m", "s", remediatedAt, NOW.plus(Duration.ofHours(1))),
                NOW, "cora");
    }

    @Test
    void aDeclarationStartsWithoutCoordinatorAndAStartNeverAfterTheDeclaration() {
        MajorIncident mi = declared();
        assertThat(mi.status()).isEqualTo(MajorIncidentStatus.DECLARED);
        assertThat(mi.coordinatorGap()).isTrue();
        assertThat(mi.startedAt()).isEqualTo(START);
        MajorIncident future = MajorIncident.declare("MI-2", new MajorIncident.Declaration("t", MajorIncidentType.OPERATIONAL,
                List.of("s"), "i", List.of()), NOW.plusSeconds(60), NOW, "ivy");
        assertThat(future.startedAt()).isEqualTo(NOW);
    }

    @Test
    void assigningACoordinatorClosesTheGapAndIsNoResponseAction() {
        MajorIncident mi = declared();
        mi.assignCoordinator(new Person("Ada", "ada@x", "1", "ada"), "ITOCC_MANAGER");
        assertThat(mi.coordinatorGap()).isFalse();
        assertThat(mi.isLedBy("ADA")).isTrue();
        assertThat(mi.isLedBy("bob")).isFalse();
        assertThat(mi.status()).isEqualTo(MajorIncidentStatus.DECLARED);
    }

    @Test
    void linkingTheSameIncidentTwiceAddsItOnce() {
        MajorIncident mi = declared();
        UUID incident = UUID.randomUUID();
        assertThat(mi.linkIncident(incident)).isTrue();
        assertThat(mi.linkIncident(incident)).isFalse();
        assertThat(mi.incidentIds()).containsExactly(incident);
    }

    @Test
    void anEstimateAfterTheRtoDeadlinePutsTheRtoAtRiskOnce() {
        MajorIncident mi = declared();
        mi.setRecoveryObjectives(Duration.ofHours(2), Duration.ofMinutes(15));
        assertThat(mi.rtoDeadline()).isEqualTo(START.plus(Duration.ofHours(2)));
        assertThat(mi.publishStatus(estimate(mi, START.plus(Duration.ofHours(2))), NOW)).isFalse();
        assertThat(mi.publishStatus(estimate(mi, START.plus(Duration.ofHours(3))), NOW)).isTrue();
        assertThat(mi.flagRtoAtRiskIfEstimateLate(NOW)).isFalse();
        assertThat(mi.rtoAtRiskAt()).isEqualTo(NOW);
    }

    @Test
    void theRtoIsBreachedOnceWhenItsDeadlinePassesUnmet() {
        MajorIncident mi = declared();
        mi.setRecoveryObjectives(Duration.ofHours(2), Duration.ofMinutes(15));
        Instant deadline = mi.rtoDeadline();
        assertThat(mi.flagRtoBreachedIfElapsed(deadline.minusSeconds(1))).isFalse();
        assertThat(mi.flagRtoBreachedIfElapsed(deadline)).isTrue();
        assertThat(mi.flagRtoBreachedIfElapsed(deadline.plusSeconds(60))).isFalse();
    }

    @Test
    void aMetRtoIsNeverAtRiskNorBreachedAndCannotBeMetTwice() {
        MajorIncident mi = declared();
        mi.setRecoveryObjectives(Duration.ofHours(2), Duration.ofMinutes(15));
        mi.markObjectiveMet(Objective.RTO, NOW);
        assertThat(mi.publishStatus(estimate(mi, START.plus(Duration.ofHours(5))), NOW)).isFalse();
        assertThat(mi.flagRtoBreachedIfElapsed(START.plus(Duration.ofHours(9)))).isFalse();
        assertThatThrownBy(() -> mi.markObjectiveMet(Objective.RTO, NOW)).isInstanceOf(ConflictException.class);
        mi.markObjectiveMet(Objective.RPO, NOW);
        assertThat(mi.metAt(Objective.RPO)).isEqualTo(NOW);
    }

    @Test
    void newObjectivesStartOverAndNoObjectiveCanBeMetBeforeTheyAreSet() {
        MajorIncident mi = declared();
        assertThatThrownBy(() -> mi.markObjectiveMet(Objective.RPO, NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("no recovery objectives");
        mi.setRecoveryObjectives(Duration.ofHours(2), Duration.ofMinutes(15));
        mi.markObjectiveMet(Objective.RTO, NOW);
        mi.setRecoveryObjectives(Duration.ofHours(4), Duration.ofMinutes(30));
        assertThat(mi.metAt(Objective.RTO)).isNull();
        assertThat(mi.rto()).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void aResolvedMajorIncidentIsNeverBreached() {
        MajorIncident mi = declared();
        mi.setRecoveryObjectives(Duration.ofHours(1), Duration.ofMinutes(15));
        mi.resolve("fixed", NOW, "ada");
        assertThat(mi.flagRtoBreachedIfElapsed(START.plus(Duration.ofHours(3)))).isFalse();
    }

    @Test
    void aDisasterIsDeclaredOnce() {
        MajorIncident mi = declared();
        mi.declareDisaster(NOW, "cleo");
        assertThat(mi.disaster()).isTrue();
        assertThat(mi.status()).isEqualTo(MajorIncidentStatus.ACTIVE);
        assertThatThrownBy(() -> mi.declareDisaster(NOW, "cleo")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("already declared a disaster");
    }

    @Test
    void reopeningForgetsTheResolutionAndClosingIsFinal() {
        MajorIncident mi = declared();
        mi.resolve("fixed", NOW, "ada");
        mi.reopen();
        assertThat(mi.resolvedAt()).isNull();
        assertThat(mi.resolutionSummary()).isNull();
        mi.resolve("fixed for good", NOW, "ada");
        mi.close(NOW, "ada");
        assertThat(mi.closedBy()).isEqualTo("ada");
        assertThatThrownBy(() -> mi.openBridge(new Bridge("1", null, null, NOW, "ada")))
                .isInstanceOf(IllegalTransitionException.class);
    }
}
