package org.opsdesk.major.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opsdesk.platform.errors.AccessDeniedException;

/** MI-1: the declaration-authority matrix with the defaults of 000 §5.1 and 002 §IV, group by group. */
class DeclarationAuthorityTest {

    private static final DeclarationAuthority DEFAULTS = new DeclarationAuthority(
            List.of("itocc", "service-desk", "soc", "executive", "strategic-initiatives", "executive-sponsor", "cto"),
            List.of("security-officer"), List.of("CTO_DESIGNEE", "TBC_DIRECTOR_DESIGNEE"));

    @ParameterizedTest(name = "{0}: operational {1}, cybersecurity {2}")
    @CsvSource({
            "itocc, true, true", "service-desk, true, true", "soc, true, true", "executive, true, true",
            "strategic-initiatives, true, true", "executive-sponsor, true, true", "cto, true, true",
            "security-officer, false, true",
            "technician, false, false", "team-manager, false, false", "duty-manager, false, false",
            "communications, false, false", "customer, false, false", "monitoring, false, false",
            "integration, false, false", "cio, false, false", "admin, false, false"})
    void eachGroupMayDeclareWhatTheProceduresSay(String group, boolean operational, boolean cybersecurity) {
        assertThat(DEFAULTS.allows(Set.of(group), MajorIncidentType.OPERATIONAL)).isEqualTo(operational);
        assertThat(DEFAULTS.allows(Set.of(group), MajorIncidentType.CYBERSECURITY)).isEqualTo(cybersecurity);
    }

    @Test
    void oneAuthorityGroupAmongOthersIsEnough() {
        assertThat(DEFAULTS.allows(Set.of("technician", "soc"), MajorIncidentType.OPERATIONAL)).isTrue();
    }

    @Test
    void aRefusalNamesWhoMayAndWhereAnyoneMayReport() {
        assertThatThrownBy(() -> DEFAULTS.check(Set.of("technician"), MajorIncidentType.CYBERSECURITY, "declare"))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("only these groups may declare a CYBERSECURITY major incident")
                .hasMessageContaining("itocc").hasMessageContaining("security-officer")
                .hasMessageContaining("or whoever is on duty as CTO_DESIGNEE, TBC_DIRECTOR_DESIGNEE")
                .hasMessageContaining("/api/v1/major-incident-proposals");
        assertThat(DEFAULTS.whoMay(MajorIncidentType.OPERATIONAL)).doesNotContain("security-officer");
    }
}
