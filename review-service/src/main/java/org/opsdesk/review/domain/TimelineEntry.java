package org.opsdesk.review.domain;

import java.time.Instant;

/** One line of a major incident's or incident's timeline, from one event received. */
public record TimelineEntry(Instant at, String type, String description) {
}
