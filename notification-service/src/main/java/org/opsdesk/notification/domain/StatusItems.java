package org.opsdesk.notification.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** The six items of a status update (002 §V.B.5) and when they were published. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StatusItems(String nature, String impact, String remediationMetric, String remediationSteps,
                          Instant estimatedRemediationAt, Instant nextUpdateAt, Instant publishedAt, String publishedBy) {
}
