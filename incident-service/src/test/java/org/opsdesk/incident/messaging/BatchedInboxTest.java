package org.opsdesk.incident.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.opsdesk.platform.events.EventInbox;
import org.opsdesk.platform.events.InboundEvent;
import org.opsdesk.platform.events.PoisonEventException;
import org.opsdesk.platform.testing.EventSchemas;
import org.opsdesk.platform.testing.Records;
import org.opsdesk.platform.testing.TopicReader;

/**
 * The platform inbox takes a poll's records in one transaction (issue 16): one commit for the batch, a poison record
 * parked alone with the others processed once, a redelivered batch processed not at all.
 */
@QuarkusTest
class BatchedInboxTest {

    private static final String CHANNEL = "major-incident-events";

    @Inject
    EventInbox inbox;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "mp.messaging.incoming.major-incident-events.dead-letter-queue.topic")
    String deadLetterTopic;

    /** What the handler did in transactions that committed: the events, and the transactions they committed in. */
    final class Committed {
        final List<String> handled = Collections.synchronizedList(new ArrayList<>());
        final List<String> events = Collections.synchronizedList(new ArrayList<>());
        final Set<Object> transactionKeys = ConcurrentHashMap.newKeySet();

        void handle(InboundEvent event, String poisonId) {
            if (event.id().equals(poisonId)) {
                throw new PoisonEventException("test poison " + poisonId);
            }
            handled.add(event.id());
            Object key = transactions.getTransactionKey();
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        events.add(event.id());
                        transactionKeys.add(key);
                    }
                }
            });
        }
    }

    private static List<String> events(int n) {
        return IntStream.range(0, n).mapToObj(i -> EventSchemas.freshExample("major-incident.declared")).toList();
    }

    private static String id(String event) {
        return event.replaceFirst("(?s).*?\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    @Test
    void aBatchOfRecordsIsProcessedInOneTransaction() {
        List<String> batch = events(20);
        Committed committed = new Committed();
        int processed = inbox.receiveAll("batch-test-" + id(batch.get(0)), CHANNEL, Records.batch(batch.toArray(String[]::new)),
                event -> committed.handle(event, null));

        assertThat(processed).isEqualTo(20);
        assertThat(committed.handled).as("in the order of the poll").containsExactlyElementsOf(batch.stream().map(BatchedInboxTest::id).toList());
        assertThat(committed.events).containsExactlyInAnyOrderElementsOf(committed.handled);
        assertThat(committed.transactionKeys).as("commits for a batch of 20").hasSize(1);
    }

    @Test
    void aPoisonRecordInTheMiddleIsParkedAloneAndTheOthersAreProcessedOnce() {
        List<String> batch = new ArrayList<>(events(5));
        String poison = id(batch.get(2));
        batch.add(1, "not an event " + poison);
        Committed committed = new Committed();
        String consumer = "batch-test-" + poison;
        int processed = inbox.receiveAll(consumer, CHANNEL, Records.batch(batch.toArray(String[]::new)),
                event -> committed.handle(event, poison));

        assertThat(processed).isEqualTo(4);
        assertThat(committed.events).containsExactlyInAnyOrder(id(batch.get(0)), id(batch.get(2)), id(batch.get(4)), id(batch.get(5)));
        var parked = TopicReader.read(deadLetterTopic, Duration.ofSeconds(20),
                read -> read.stream().filter(r -> r.value().contains(poison)).count() >= 2);
        assertThat(parked.stream().filter(r -> r.value().contains(poison)))
                .extracting(r -> r.value().startsWith("not an event") ? "unparsable" : id(r.value()))
                .containsExactlyInAnyOrder("unparsable", poison);
        assertThat(parked.stream().filter(r -> r.value().contains(poison)))
                .allSatisfy(r -> assertThat(r.headers().lastHeader("dead-letter-reason")).isNotNull());

        Committed again = new Committed();
        assertThat(inbox.receiveAll(consumer, CHANNEL, Records.batch(batch.stream().filter(e -> !e.contains(poison)).toArray(String[]::new)),
                event -> again.handle(event, null))).as("a redelivered batch").isZero();
        assertThat(again.events).isEmpty();
    }
}
