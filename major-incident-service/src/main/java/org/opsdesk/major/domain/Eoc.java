package org.opsdesk.major.domain;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/** Activation of the emergency operations center (002 §V.B.1, §VI.C). */
@Embeddable
public record Eoc(String location, Instant activatedAt, String activatedBy) {
}
