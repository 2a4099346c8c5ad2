package org.opsdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opsdesk.platform.testing.EventSchemas;
import org.opsdesk.review.domain.ReviewEvents;

/** Every event type this service produces has a schema and an example that conforms to it (docs/events/review.*). */
class EventContractTest {

    @Test
    void everyProducedTypeHasAValidExample() {
        List<String> types = List.of(ReviewEvents.OPENED, ReviewEvents.DEADLINE_APPROACHING, ReviewEvents.DEADLINE_MISSED,
                ReviewEvents.SUBMITTED, ReviewEvents.APPROVED, ReviewEvents.REJECTED, ReviewEvents.DISTRIBUTED,
                ReviewEvents.CLOSED, ReviewEvents.ACTION_ITEM_CREATED, ReviewEvents.ACTION_ITEM_COMPLETED,
                ReviewEvents.ACTION_ITEM_CANCELLED, ReviewEvents.ACTION_ITEM_OVERDUE,
                ReviewEvents.ACTION_ITEM_UPDATED, ReviewEvents.ACTION_ITEM_DEFERRED, ReviewEvents.SECTION_EDITED,
                ReviewEvents.OWNER_ASSIGNED, ReviewEvents.CLOSURE_DAY_ADDED, ReviewEvents.CLOSURE_DAY_REMOVED);
        for (String type : types) {
            String example = EventSchemas.example(type);
            assertThat(example).contains("\"type\": \"" + type + "\"");
            EventSchemas.assertValid(example);
        }
    }
}
