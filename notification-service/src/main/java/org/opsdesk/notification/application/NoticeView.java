package org.opsdesk.notification.application;

import java.util.List;

/** A one-off notice (customer update, resolution or referral notice, coordinator alert, review report). */
public record NoticeView(String headline, List<String> paragraphs, List<Fact> facts, String preformatted, String footer) {

    public record Fact(String label, String value) {
    }

    public NoticeView {
        paragraphs = List.copyOf(paragraphs);
        facts = facts.stream().filter(f -> f.value() != null && !f.value().isBlank()).toList();
    }
}
