package org.opsdesk.review.application;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.opsdesk.review.config.ReviewConfig;

/** The distribution lists production must give: review-service's own application.properties read per profile. */
class ReviewPlansTest {

    @Test
    void inProductionAListThePlansNameButNobodyConfiguredStopsTheStartNamingIt() throws IOException {
        assertThatThrownBy(() -> new ReviewPlans(config("prod"), null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("opsdesk.review.distribution-lists.cio is not configured (named by opsdesk.review.escalate-to)");
    }

    @Test
    void theDevProfileHasEveryListThePlansName() throws IOException {
        assertThatCode(() -> new ReviewPlans(config("dev"), null)).doesNotThrowAnyException();
    }

    private static ReviewConfig config(String profile) throws IOException {
        return new SmallRyeConfigBuilder().withProfile(profile).withValidateUnknown(false)
                .withSources(new PropertiesConfigSource(ReviewPlansTest.class.getResource("/application.properties"), 250))
                .withMapping(ReviewConfig.class).build().getConfigMapping(ReviewConfig.class);
    }
}
