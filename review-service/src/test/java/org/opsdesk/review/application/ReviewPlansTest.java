package org.opsdesk.review.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.opsdesk.review.config.ReviewConfig;
import org.opsdesk.review.domain.ReviewType;

/** review-service's own application.properties read per profile: no address book of its own (RV-3). */
class ReviewPlansTest {

    /** Default owners and escalations are audiences of notification-service: production configures no lists here. */
    @Test
    void productionNamesAudiencesAndNeedsNoDistributionListsOfItsOwn() throws IOException {
        ReviewPlans plans = new ReviewPlans(config("prod"), null);
        assertThat(plans.escalation()).containsExactly("cio");
        assertThat(plans.defaultOwnerAudience(ReviewType.AAR)).isEqualTo("strategic-initiatives");
        assertThat(plans.defaultOwnerAudience(ReviewType.PIR)).isEqualTo("problem-management");
    }

    @Test
    void aDistributionListOfAnEarlierReleaseStopsTheStartNamingItsKey() {
        assertThatThrownBy(() -> new SmallRyeConfigBuilder().withProfile("prod")
                .withSources(new PropertiesConfigSource(ReviewPlansTest.class.getResource("/application.properties"), 250))
                .withSources(new PropertiesConfigSource(java.util.Map.of("opsdesk.review.distribution-lists.cio[0].email",
                        "cio@opsdesk.example"), "old", 300))
                .withMapping(ReviewConfig.class).build()).hasMessageContaining("opsdesk.review.distribution-lists");
    }

    private static ReviewConfig config(String profile) throws IOException {
        return new SmallRyeConfigBuilder().withProfile(profile).withValidateUnknown(false)
                .withSources(new PropertiesConfigSource(ReviewPlansTest.class.getResource("/application.properties"), 250))
                .withMapping(ReviewConfig.class).build().getConfigMapping(ReviewConfig.class);
    }
}
