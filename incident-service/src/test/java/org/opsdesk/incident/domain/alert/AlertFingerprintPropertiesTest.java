package org.opsdesk.incident.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** An alert without Alertmanager's fingerprint is identified by its labels (IN-17). */
class AlertFingerprintPropertiesTest {

    /** Label names and values, with the characters a naive rendering of the set would confuse. */
    @Provide
    Arbitrary<Map<String, String>> labels() {
        Arbitrary<String> text = Arbitraries.strings().withChars("ab=,{} \\").ofMaxLength(6);
        return Arbitraries.maps(text, text).ofMaxSize(5);
    }

    @Property
    void theSameLabelsInAnyOrderGiveTheSameKey(@ForAll("labels") Map<String, String> labels, @ForAll long seed) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(labels.entrySet());
        Collections.shuffle(entries, new Random(seed));
        Map<String, String> reordered = new LinkedHashMap<>();
        entries.forEach(e -> reordered.put(e.getKey(), e.getValue()));
        assertThat(AlertFingerprint.of(reordered)).isEqualTo(AlertFingerprint.of(labels)).matches("[0-9a-f]{16}");
    }

    /** One label whose value reads like the next label: {@code a="1, b=2"} is not {@code a="1", b="2"}. */
    @Property
    void aValueThatLooksLikeMoreLabelsIsNotConfusedWithThem(@ForAll("labels") Map<String, String> labels) {
        TreeMap<String, String> sorted = new TreeMap<>(labels);
        Assume.that(sorted.size() >= 2);
        Map.Entry<String, String> first = sorted.pollFirstEntry();
        Map.Entry<String, String> second = sorted.pollFirstEntry();
        Map<String, String> merged = new TreeMap<>(sorted);
        merged.put(first.getKey(), first.getValue() + ", " + second.getKey() + "=" + second.getValue());
        Assume.that(!merged.equals(labels));
        assertThat(AlertFingerprint.of(merged)).isNotEqualTo(AlertFingerprint.of(labels));
    }

    /** Alerts open before the separators were escaped keep their identity: plain labels hash as they always did. */
    @Property
    void plainLabelsKeepTheKeyTheyAlwaysHad(@ForAll("plainLabels") Map<String, String> labels) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(new TreeMap<>(labels).toString().getBytes(StandardCharsets.UTF_8));
        assertThat(AlertFingerprint.of(labels)).isEqualTo(HexFormat.of().formatHex(digest, 0, 8));
    }

    @Provide
    Arbitrary<Map<String, String>> plainLabels() {
        return Arbitraries.maps(Arbitraries.strings().alpha().numeric().withChars("_").ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().ofMaxLength(20).filter(v -> v.chars().noneMatch(c -> c == '\\' || c == ',' || c == '='))).ofMaxSize(8);
    }

    @Property
    void differentLabelsGiveDifferentKeys(@ForAll("labels") Map<String, String> one, @ForAll("labels") Map<String, String> other) {
        Assume.that(!one.equals(other));
        assertThat(AlertFingerprint.of(one)).isNotEqualTo(AlertFingerprint.of(other));
    }
}
