package org.opsdesk.review.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The sections of a review report (000 §4.2, 002 §V.D.3, 004 §3.7), in report order. */
public enum Section {
    SUMMARY("Summary"),
    TIMELINE("Timeline"),
    IMPACT("Impact"),
    ROOT_CAUSE("Root cause analysis"),
    CONTRIBUTING_FACTORS("Contributing factors"),
    STRENGTHS("Strengths"),
    WEAKNESSES("Weaknesses"),
    AREAS_FOR_IMPROVEMENT("Areas for improvement"),
    LESSONS_LEARNED("Lessons learned"),
    RESPONSE_EFFECTIVENESS("Effectiveness of the response"),
    PREVENTIVE_ACTIONS("Preventive actions"),
    /** What impacted customers are told: the internal sections (weaknesses above all) stay internal (002 §V.D.2–3). */
    CUSTOMER_SUMMARY("Summary for customers");

    private final String title;

    Section(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** Accepts {@code ROOT_CAUSE}, {@code root-cause} or {@code root_cause}. */
    public static Optional<Section> parse(String text) {
        String name = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
    }
}
