package org.opsdesk.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeSummaryTest {

    private record Team(String name, int tier, String escalatesTo, Set<String> members, List<String> notes) {
    }

    @Test
    void aChangeNamesEachFieldThatDiffersWithItsOldAndNewValue() {
        Team before = new Team("Network", 1, null, Set.of("kim"), List.of());
        Team after = new Team("Network", 2, "tier-2", Set.of("lee", "kim"), List.of());

        assertThat(ChangeSummary.between(before, after))
                .isEqualTo("tier: 1 → 2; escalatesTo: none → tier-2; members: [kim] → [kim, lee]");
        assertThat(ChangeSummary.between(before, before)).isEqualTo("no change");
    }

    @Test
    void aCreatedOrDeletedResourceIsSummarisedByTheFieldsThatHaveAValue() {
        assertThat(ChangeSummary.of(new Team("Network", 2, null, Set.of(), List.of("a", "b"))))
                .isEqualTo("name: Network, tier: 2, notes: [a, b]");
    }

    @Test
    void longTextsAreCutShort() {
        String summary = ChangeSummary.of(new Team("x".repeat(500), 1, null, Set.of(), List.of()));

        assertThat(summary).hasSize("name: ".length() + ChangeSummary.LONGEST_VALUE + ", tier: 1".length()).contains("…");
    }
}
