package org.opsdesk.review;

import org.junit.jupiter.api.Test;
import org.opsdesk.platform.testing.ArchitectureRules;

class ArchitectureTest {

    @Test
    void layersFollowTheRules() {
        ArchitectureRules.check("org.opsdesk.review");
    }
}
