package org.opsdesk.incident.domain.alert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Alertmanager before 0.19 sent no fingerprint: the label set identifies the alert just as well. */
public final class AlertFingerprint {

    private AlertFingerprint() {
    }

    /** 16 hex digits, like Alertmanager's own; the same for the same labels in any order, different for others. */
    public static String of(Map<String, String> labels) {
        String text = new TreeMap<>(labels).entrySet().stream()
                .map(label -> escaped(label.getKey()) + "=" + escaped(label.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Without the separators' escapes {@code a="1, b=2"} would read like {@code a="1", b="2"}. Labels without
     * backslash, comma or equals sign (every Prometheus label name, nearly every value) keep the key they always had.
     */
    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace(",", "\\,").replace("=", "\\=");
    }
}
