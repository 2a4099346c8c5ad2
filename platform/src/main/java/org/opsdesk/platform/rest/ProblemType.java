package org.opsdesk.platform.rest;

import java.util.Arrays;

/**
 * The kinds of problem every service answers, each with a stable {@code type} URI (docs/problems.md). A problem whose
 * status has no kind of its own (405, 406) keeps {@code about:blank}: it means no more than its status.
 */
public enum ProblemType {
    INVALID_REQUEST(400, "invalid-request"),
    UNAUTHENTICATED(401, "unauthenticated"),
    FORBIDDEN(403, "forbidden"),
    NOT_FOUND(404, "not-found"),
    CONFLICT(409, "conflict"),
    ILLEGAL_TRANSITION(409, "illegal-transition"),
    STALE_VERSION(412, "stale-version"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
    RATE_LIMITED(429, "rate-limited"),
    INTERNAL_ERROR(500, "internal-error"),
    UNAVAILABLE(503, "unavailable");

    public static final String BASE = "https://opsdesk.local/problems/";
    public static final String BLANK = "about:blank";

    private final int status;
    private final String uri;

    ProblemType(int status, String slug) {
        this.status = status;
        this.uri = BASE + slug;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return uri;
    }

    /** The kind a bare status stands for (the first of its kinds: 409 is {@link #CONFLICT}), or {@code about:blank}. */
    public static String uriOf(int status) {
        return Arrays.stream(values()).filter(t -> t.status == status).findFirst().map(ProblemType::uri).orElse(BLANK);
    }

    /** The kinds one status can answer, for the OpenAPI document. */
    public static String[] urisOf(int status) {
        return Arrays.stream(values()).filter(t -> t.status == status).map(ProblemType::uri).toArray(String[]::new);
    }
}
