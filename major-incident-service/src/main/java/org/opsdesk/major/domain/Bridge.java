package org.opsdesk.major.domain;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The conference bridge of a major incident (000 §5.2.2). */
@Embeddable
public record Bridge(String dialIn, String accessCode, String url, Instant openedAt, String openedBy) {
}
