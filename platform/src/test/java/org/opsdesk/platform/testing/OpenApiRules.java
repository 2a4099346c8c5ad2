package org.opsdesk.platform.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The static rules of docs/problems.md ("The OpenAPI documents") on a service's served {@code /q/openapi}: every
 * operation has a unique operationId, a typed answer for each 2xx but 204, its problems as
 * {@code application/problem+json} with the ProblemDetails schema (401 and 403 when secured, 500 and 503 always), and
 * every property outside {@code required} is nullable. Each service's {@code OpenApiContractTest} calls it.
 */
public final class OpenApiRules {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
    private static final String PROBLEM = "#/components/schemas/ProblemDetails";

    private OpenApiRules() {
    }

    /** The served document of the running test application. */
    public static JsonNode served() {
        try {
            return new ObjectMapper().readTree(given().when().get("/q/openapi?format=json").then().statusCode(200)
                    .extract().asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void assertKept(JsonNode document) {
        assertThat(violations(document)).isEmpty();
    }

    public static List<String> violations(JsonNode document) {
        List<String> violations = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (!operation.isMissingNode()) {
                    operation(method.toUpperCase() + " " + path.getKey(), operation, operationIds, violations);
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> schemas = document.path("components").path("schemas").fields(); schemas.hasNext(); ) {
            Map.Entry<String, JsonNode> schema = schemas.next();
            nullability(schema.getKey(), schema.getValue(), violations);
        }
        return violations;
    }

    private static void operation(String name, JsonNode operation, Set<String> operationIds, List<String> violations) {
        String operationId = operation.path("operationId").asText("");
        if (operationId.isEmpty()) {
            violations.add(name + ": no operationId");
        } else if (!operationIds.add(operationId)) {
            violations.add(name + ": operationId " + operationId + " is used twice");
        } else if (!operationId.matches("[a-z]+[A-Za-z]*")) {
            violations.add(name + ": operationId " + operationId + " is not lowerCamelCase");
        }
        JsonNode responses = operation.path("responses");
        boolean answers = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> response = it.next();
            String status = response.getKey();
            JsonNode content = response.getValue().path("content");
            response.getValue().path("headers").fields().forEachRemaining(header -> {
                if (!header.getValue().has("schema") && !header.getValue().has("content")) {
                    violations.add(name + ": " + status + " header " + header.getKey() + " has no schema"); // invalid OpenAPI
                }
            });
            if (status.startsWith("2")) {
                answers = true;
                if (!status.equals("204") && !typed(content)) {
                    violations.add(name + ": " + status + " has no typed schema");
                }
            } else if (status.startsWith("4") || status.startsWith("5")) {
                if (!PROBLEM.equals(content.path("application/problem+json").path("schema").path("$ref").asText())) {
                    violations.add(name + ": " + status + " is not application/problem+json with " + PROBLEM);
                }
            } else if (!status.equals("304")) {
                violations.add(name + ": answers " + status);
            }
        }
        if (!answers) {
            violations.add(name + ": no 2xx answer");
        }
        List<String> expected = new ArrayList<>(List.of("406", "500", "503"));
        if (operation.has("security")) {
            expected.addAll(List.of("401", "403"));
        }
        if (operation.has("requestBody")) {
            expected.addAll(List.of("400", "413", "415"));
        }
        expected.stream().filter(status -> !responses.has(status))
                .forEach(status -> violations.add(name + ": " + status + " is not documented"));
    }

    private static boolean typed(JsonNode content) {
        if (content.isEmpty()) {
            return false;
        }
        for (JsonNode mediaType : content) {
            JsonNode schema = mediaType.path("schema");
            if (!schema.has("$ref") && !schema.has("type") && !schema.has("anyOf") && !schema.has("oneOf")) {
                return false;
            }
        }
        return true;
    }

    private static void nullability(String schemaName, JsonNode schema, List<String> violations) {
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            if (property.getValue().has("$ref") && property.getValue().has("type")) {
                violations.add(schemaName + "." + property.getKey() + ": a reference with a type of its own");
            }
            if (!required.contains(property.getKey()) && !nullable(property.getValue())) {
                violations.add(schemaName + "." + property.getKey() + ": neither required nor nullable");
            }
        }
    }

    private static boolean nullable(JsonNode property) {
        for (JsonNode type : property.path("type")) {
            if (type.asText().equals("null")) {
                return true;
            }
        }
        for (JsonNode alternative : property.path("anyOf")) {
            if (alternative.path("type").asText().equals("null")) {
                return true;
            }
        }
        return false;
    }
}
