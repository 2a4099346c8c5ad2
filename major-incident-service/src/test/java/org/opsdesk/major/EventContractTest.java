package org.opsdesk.major;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.opsdesk.major.domain.MajorIncidentEvents;
import org.opsdesk.platform.testing.EventSchemas;

/** Every type this service produces has a schema and a valid example in docs/events. */
class EventContractTest {

    static final java.util.List<String> TYPES = MajorIncidentEvents.TYPES;

    @ParameterizedTest
    @FieldSource("TYPES")
    void theExampleOfEachTypeIsValidAgainstItsSchema(String type) {
        String example = EventSchemas.example(type);
        assertThat(example).contains("\"type\": \"" + type + "\"");
        EventSchemas.assertValid(example);
    }
}
