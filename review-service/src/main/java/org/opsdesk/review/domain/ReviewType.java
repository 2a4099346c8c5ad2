package org.opsdesk.review.domain;

import java.util.List;

/** AAR: After Action Review of a major incident (000 §4.2, §5.7). PIR: post-incident review of an incident (004 §3.7). */
public enum ReviewType {
    AAR, PIR;

    /** Sections no configuration can make optional: an AAR states strengths, weaknesses and areas for improvement (000 §4.2, §5.7). */
    public List<Section> requiredSections() {
        return this == AAR ? List.of(Section.STRENGTHS, Section.WEAKNESSES, Section.AREAS_FOR_IMPROVEMENT) : List.of();
    }
}
