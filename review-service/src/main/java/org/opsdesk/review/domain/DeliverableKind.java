package org.opsdesk.review.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** PRELIMINARY: the preliminary report / AAR (2 business days). FINAL: the full report with root cause (5 business days). */
public enum DeliverableKind {
    PRELIMINARY("Preliminary report"), FINAL("Final report");

    private final String title;

    DeliverableKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public static Optional<DeliverableKind> parse(String text) {
        String name = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
    }
}
