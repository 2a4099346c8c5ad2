package org.opsdesk.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.opsdesk.platform.testing.TopicReader;

/** The lag of {@code opsdesk_consumer_lag_records}, read from the real broker as the gauge reads it. */
class ConsumerLagTest {

    @Test
    void theLagIsWhatTheGroupHasNotCommittedYet() throws Exception {
        String topic = "lag-test-" + UUID.randomUUID();
        String group = "lag-test-group-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TopicReader.bootstrap()))) {
            admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get();
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    TopicReader.bootstrap()), new StringSerializer(), new StringSerializer())) {
                for (int i = 0; i < 5; i++) {
                    producer.send(new ProducerRecord<>(topic, 0, "k", "v" + i)).get();
                }
                producer.send(new ProducerRecord<>(topic, 1, "k", "w")).get();
            }
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    TopicReader.bootstrap(), ConsumerConfig.GROUP_ID_CONFIG, group), new StringDeserializer(), new StringDeserializer())) {
                // (the first commit also waits for the broker's offsets topic, which a fresh broker creates on first use)
                consumer.commitSync(Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(0)));
                assertThat(ConsumerLag.lag(admin, group, topic)).as("nothing processed: every record").isEqualTo(6);
                assertThat(ConsumerLag.lag(admin, group, "missing-" + topic)).as("a topic that does not exist (yet)").isZero();

                consumer.commitSync(Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(2)));
            }
            assertThat(ConsumerLag.lag(admin, group, topic)).as("3 left on partition 0, 1 on partition 1 (never committed)").isEqualTo(4);
            admin.deleteTopics(List.of(topic)).all().get();
        }
    }
}
