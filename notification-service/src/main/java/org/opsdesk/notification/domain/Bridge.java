package org.opsdesk.notification.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The conference bridge of a major incident: internal audiences only, never the public page. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Bridge(String dialIn, String accessCode, String url) {
}
