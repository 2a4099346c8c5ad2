package org.opsdesk.incident.domain.alert;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.opsdesk.platform.hash.Sha256;

/** Alertmanager before 0.19 sent no fingerprint: the label set identifies the alert just as well. */
public final class AlertFingerprint {

    private AlertFingerprint() {
    }

    /** 16 hex digits, like Alertmanager's own; the same for the same labels in any order, different for others. */
    public static String of(Map<String, String> labels) {
        String text = new TreeMap<>(labels).entrySet().stream()
                .map(label -> escaped(label.getKey()) + "=" + escaped(label.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
        return Sha256.hex(text).substring(0, 16);
    }

    /**
     * Without the separators' escapes {@code a="1, b=2"} would read like {@code a="1", b="2"}. Labels without
     * backslash, comma or equals sign (every Prometheus label name, nearly every value) keep the key they always had.
     */
    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace(",", "\\,").replace("=", "\\=");
    }
}
