package org.opsdesk.incident;

import org.junit.jupiter.api.Test;
import org.opsdesk.platform.testing.ArchitectureRules;

class ArchitectureTest {

    @Test
    void layersFollowTheRules() {
        ArchitectureRules.check("org.opsdesk.incident");
    }
}
