package org.opsdesk.platform.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** An RFC 9457 problem detail. */
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

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, List.of(), Map.of());
    }

    public static Problem invalid(List<InvalidParam> params) {
        String fields = String.join(", ", params.stream().map(InvalidParam::name).distinct().toList());
        return new Problem("about:blank", "Invalid request", 400, "invalid fields: " + fields, params, Map.of());
    }

    public Problem with(Map<String, Object> context) {
        return new Problem(type, title, status, detail, invalidParams, context);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
