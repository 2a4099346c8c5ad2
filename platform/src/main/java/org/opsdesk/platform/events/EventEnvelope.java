package org.opsdesk.platform.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** A CloudEvents 1.0 event in structured JSON mode: the Kafka record value on every topic. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventEnvelope(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";
}
