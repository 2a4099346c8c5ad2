package org.opsdesk.incident.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsdesk.platform.testing.Properties.between;
import static org.opsdesk.platform.testing.Properties.forAll;
import static org.opsdesk.platform.testing.Properties.string;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** An alert without Alertmanager's fingerprint is identified by its labels (IN-17). */
class AlertFingerprintPropertiesTest {

    /** The characters a naive rendering of the label set would confuse. */
    private static final String SEPARATORS = "ab=,{} \\";
    private static final String NAME = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
    private static final String PLAIN_VALUE = NAME + " -.:/\"'{}()[]é日\t";

    private static Map<String, String> labels(Random random, int minSize, int maxSize, Function<Random, String> name,
                                              Function<Random, String> value) {
        Map<String, String> labels = new TreeMap<>();
        for (int size = between(random, minSize, maxSize); labels.size() < size; ) {
            labels.put(name.apply(random), value.apply(random));
        }
        return labels;
    }

    private static Map<String, String> labels(Random random, int minSize) {
        Function<Random, String> text = r -> string(r, SEPARATORS, 0, 6);
        return labels(random, minSize, 5, text, text);
    }

    @Test
    void theSameLabelsInAnyOrderGiveTheSameKey() {
        record Case(Map<String, String> labels, long seed) {
        }
        forAll("the same labels in any order give the same key", 1000, random -> new Case(labels(random, 0), random.nextLong()), c -> {
            List<Map.Entry<String, String>> entries = new ArrayList<>(c.labels().entrySet());
            Collections.shuffle(entries, new Random(c.seed()));
            Map<String, String> reordered = new LinkedHashMap<>();
            entries.forEach(e -> reordered.put(e.getKey(), e.getValue()));
            assertThat(AlertFingerprint.of(reordered)).isEqualTo(AlertFingerprint.of(c.labels())).matches("[0-9a-f]{16}");
        });
    }

    /** One label whose value reads like the next label: {@code a="1, b=2"} is not {@code a="1", b="2"}. */
    @Test
    void aValueThatLooksLikeMoreLabelsIsNotConfusedWithThem() {
        forAll("a value that looks like more labels is not confused with them", 1000, random -> labels(random, 2), labels -> {
            TreeMap<String, String> sorted = new TreeMap<>(labels);
            Map.Entry<String, String> first = sorted.pollFirstEntry();
            Map.Entry<String, String> second = sorted.pollFirstEntry();
            Map<String, String> merged = new TreeMap<>(sorted);
            merged.put(first.getKey(), first.getValue() + ", " + second.getKey() + "=" + second.getValue());
            assertThat(AlertFingerprint.of(merged)).isNotEqualTo(AlertFingerprint.of(labels));
        });
    }

    /** Alerts open before the separators were escaped keep their identity: plain labels hash as they always did. */
    @Test
    void plainLabelsKeepTheKeyTheyAlwaysHad() {
        forAll("plain labels keep the key they always had", 1000,
                random -> labels(random, 0, 8, r -> string(r, NAME, 1, 12), r -> string(r, PLAIN_VALUE, 0, 20)),
                labels -> assertThat(AlertFingerprint.of(labels)).isEqualTo(unescapedKey(labels)));
    }

    private static String unescapedKey(Map<String, String> labels) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(new TreeMap<>(labels).toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void differentLabelsGiveDifferentKeys() {
        record Case(Map<String, String> one, Map<String, String> other) {
        }
        forAll("different labels give different keys", 1000, random -> {
            Map<String, String> one = labels(random, 0);
            Map<String, String> other;
            do {
                other = labels(random, 0);
            } while (other.equals(one));
            return new Case(one, other);
        }, c -> assertThat(AlertFingerprint.of(c.one())).isNotEqualTo(AlertFingerprint.of(c.other())));
    }
}
