package org.opsdesk.platform.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail; {@code type} is one of {@link ProblemType}'s URIs (docs/problems.md). Its schema in the
 * OpenAPI documents is {@code ProblemDetails}, added by {@link ProblemResponses}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        @JsonProperty("invalid-params") List<InvalidParam> invalidParams,
        Map<String, Object> context) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record InvalidParam(String name, String reason) {
    }

    public static Problem of(Response.Status status, String detail) {
        return of(status.getStatusCode(), status.getReasonPhrase(), detail);
    }

    /** A problem of the kind its status stands for ({@link ProblemType#uriOf}). */
    public static Problem of(int status, String title, String detail) {
        return new Problem(ProblemType.uriOf(status), title, status, detail, List.of(), Map.of());
    }

    public static Problem of(ProblemType type, String title, String detail) {
        return new Problem(type.uri(), title, type.status(), detail, List.of(), Map.of());
    }

    public static Problem invalid(List<InvalidParam> params) {
        String fields = String.join(", ", params.stream().map(InvalidParam::name).distinct().toList());
        return new Problem(ProblemType.INVALID_REQUEST.uri(), "Invalid request", 400, "invalid fields: " + fields, params, Map.of());
    }

    public Problem with(Map<String, Object> context) {
        return new Problem(type, title, status, detail, invalidParams, context);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
