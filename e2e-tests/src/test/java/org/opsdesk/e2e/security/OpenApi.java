package org.opsdesk.e2e.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.opsdesk.e2e.OpsDeskSystem;

/**
 * Every operation of the four services, as their running {@code /q/openapi} documents describe them: a new endpoint
 * is part of the security suites without anyone listing it.
 */
final class OpenApi {

    static final List<String> SERVICES = List.of("incident-service", "major-incident-service", "notification-service", "review-service");
    static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    record Parameter(String name, String in, JsonNode schema, boolean required) {
    }

    /** One operation; {@code body} is the resolved schema of its JSON request body, or null when it takes none. */
    record Operation(String service, String method, String path, List<Parameter> parameters, JsonNode body,
                     boolean bodyRequired, boolean secured, OpenApi document) {

        String key() {
            return method + " " + path;
        }

        boolean takesJson() {
            return body != null;
        }

        @Override
        public String toString() {
            return service + " " + key();
        }
    }

    private final JsonNode schemas;

    private OpenApi(JsonNode document) {
        this.schemas = document.path("components").path("schemas");
    }

    /** The operations of every service of the system. */
    static List<Operation> operations(OpsDeskSystem system) {
        List<Operation> operations = new ArrayList<>();
        for (String service : SERVICES) {
            JsonNode document = Http.ok(Http.Request.of("GET", system.url(service) + "/q/openapi?format=json"));
            operations.addAll(new OpenApi(document).operations(service, document.path("paths")));
        }
        return operations;
    }

    private List<Operation> operations(String service, JsonNode paths) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method.toLowerCase());
                if (!operation.isMissingNode()) {
                    operations.add(operation(service, method, path.getKey(), operation));
                }
            }
        }
        return operations;
    }

    private Operation operation(String service, String method, String path, JsonNode operation) {
        List<Parameter> parameters = new ArrayList<>();
        operation.path("parameters").forEach(p -> parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(),
                resolve(p.path("schema")), p.path("required").asBoolean())));
        JsonNode json = operation.path("requestBody").path("content").path("application/json").path("schema");
        return new Operation(service, method, path, List.copyOf(parameters), json.isMissingNode() ? null : resolve(json),
                operation.path("requestBody").path("required").asBoolean(), operation.has("security"), this);
    }

    /**
     * The schema itself, or the component a {@code $ref} names; a nullable one (docs/problems.md: {@code type: [T, "null"]}
     * or {@code anyOf: [{$ref}, {type: "null"}]}) as its non-null type, so the suites build values of that type.
     */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; depth < 10; depth++) {
            if (current.has("$ref")) {
                current = schemas.path(current.get("$ref").asText().substring("#/components/schemas/".length()));
            } else if (current.has("anyOf")) {
                current = nonNull(current.get("anyOf"));
            } else {
                break;
            }
        }
        if (current.path("type").isArray()) {
            ObjectNode single = current.deepCopy();
            single.set("type", nonNull(current.get("type")));
            return single;
        }
        return current.isMissingNode() ? MissingNode.getInstance() : current;
    }

    private static JsonNode nonNull(JsonNode alternatives) {
        for (JsonNode alternative : alternatives) {
            if (!alternative.asText().equals("null") && !alternative.path("type").asText().equals("null")) {
                return alternative;
            }
        }
        return MissingNode.getInstance();
    }
}
