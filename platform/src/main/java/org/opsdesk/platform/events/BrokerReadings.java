package org.opsdesk.platform.events;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.admin.Admin;
import org.jboss.logging.Logger;

/**
 * Numbers read from the broker for gauges, one per key, read again at most every 15 s whichever gauge asks; while the
 * broker is unreachable each keeps its last value (logged once per outage; the broker's own wellness check reports it).
 */
final class BrokerReadings<K> {

    private static final Logger LOG = Logger.getLogger(BrokerReadings.class);
    private static final Duration FRESH = Duration.ofSeconds(15);

    interface Reader<K> {
        long read(Admin admin, K key) throws Exception;
    }

    private final KafkaWellness kafka;
    private final Reader<K> reader;
    private final Map<K, Double> values = new ConcurrentHashMap<>();
    private long refreshedAt;
    private boolean unreachable;

    BrokerReadings(KafkaWellness kafka, Reader<K> reader) {
        this.kafka = kafka;
        this.reader = reader;
    }

    /** @return false when the key was already read */
    boolean add(K key) {
        return values.putIfAbsent(key, Double.NaN) == null;
    }

    double get(K key) {
        refreshIfStale();
        return values.get(key);
    }

    private synchronized void refreshIfStale() {
        long now = System.nanoTime(); // an interval, not a time of day: the Clock does not measure it
        if (refreshedAt != 0 && now - refreshedAt < FRESH.toNanos()) {
            return;
        }
        refreshedAt = now;
        Admin admin = kafka.admin();
        boolean failed = false;
        for (K key : values.keySet()) {
            try {
                values.put(key, (double) reader.read(admin, key));
            } catch (Exception e) {
                failed = true;
                if (!unreachable) {
                    LOG.warnf("cannot read %s from the broker, its gauge keeps the last value: %s", key, e);
                }
            }
        }
        unreachable = failed;
    }
}
