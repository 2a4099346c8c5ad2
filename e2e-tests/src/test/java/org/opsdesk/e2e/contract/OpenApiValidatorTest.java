package org.opsdesk.e2e.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The validator of the live exchanges catches each defect class of issue 14, on a document of two operations. */
class OpenApiValidatorTest {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0", "info": {"title": "tiny", "version": "1"},
             "paths": {
               "/things/{id}": {"get": {"operationId": "getThing",
                 "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
                 "responses": {
                   "200": {"description": "the thing", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                   "404": {"description": "none", "content": {"application/problem+json": {"schema": {"type": "object", "required": ["type"]}}}}}}},
               "/things": {"post": {
                 "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["summary"],
                   "properties": {"summary": {"type": "string"}}}}}},
                 "responses": {"201": {"description": "created",
                   "headers": {"Location": {"required": true, "schema": {"type": "string"}}},
                   "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}}},
             "components": {"schemas": {"Thing": {"type": "object", "required": ["id", "state"], "properties": {
               "id": {"type": "string"}, "assignee": {"type": "string"}, "closedAt": {"type": ["string", "null"], "format": "date-time"},
               "slot": {"type": ["integer", "null"], "format": "int32"},
               "state": {"type": "string", "enum": ["OPEN", "CLOSED"]}}}}}}
            """;
    private static final String ID = "/things/6b1f3f8e-2f4b-4c55-9a53-3c1d8f0b9e11";
    private final OpenApiValidator validator = new OpenApiValidator(DOCUMENT);

    @Test
    void anAnswerTheDocumentAllowsHasNoViolationANullDeclaredNullableIncluded() {
        assertThat(get(200, "{\"id\": \"t-1\", \"assignee\": \"kim\", \"closedAt\": null, \"slot\": null, \"state\": \"OPEN\"}").violations()).isEmpty();
        assertThat(get(404, "{\"type\": \"https://opsdesk.example/problems/not-found\"}", "application/problem+json").violations()).isEmpty();
    }

    @Test
    void aNullInAFieldNotDeclaredNullableIsAViolation() {
        assertThat(get(200, "{\"id\": \"t-1\", \"assignee\": null, \"state\": \"OPEN\"}").violations())
                .singleElement().asString().contains("response").contains("/assignee");
    }

    @Test
    void aValueOutsideTheEnumerationIsAViolation() {
        assertThat(get(200, "{\"id\": \"t-1\", \"state\": \"PENDING\"}").violations()).singleElement().asString().contains("/state");
    }

    @Test
    void aStatusCodeTheDocumentDoesNotListIsAViolation() {
        assertThat(get(201, "{\"id\": \"t-1\", \"state\": \"OPEN\"}").violations()).singleElement().asString().contains("201");
        assertThat(get(200, "<html/>", "text/html").violations()).singleElement().asString().contains("text/html");
    }

    @Test
    void anOperationWithoutIdAMissingHeaderAndAnAcceptedRequestTheDocumentRefusesAreViolations() {
        OpenApiValidator.Outcome outcome = validator.validate(new OpenApiValidator.Exchange("POST", "/things", null,
                Map.of("content-type", "application/json"), "{\"title\": \"no summary\"}".getBytes(StandardCharsets.UTF_8),
                201, Map.of("content-type", "application/json"), "{\"id\": \"t-2\", \"state\": \"OPEN\"}".getBytes(StandardCharsets.UTF_8)));
        assertThat(outcome.operation()).isEqualTo("POST /things");
        assertThat(outcome.violations()).hasSize(3).anySatisfy(v -> assertThat(v).contains("operationId"))
                .anySatisfy(v -> assertThat(v).startsWith("request"))
                .anySatisfy(v -> assertThat(v).startsWith("response").contains("Location"));
    }

    @Test
    void aPathNoOperationRoutesIsAViolationUnlessAnsweredAsAbsent() {
        assertThat(exchange("GET", "/gadgets", 200, "{}", "application/json").violations()).singleElement().asString().contains("no operation");
        assertThat(exchange("GET", "/gadgets", 404, "", null).violations()).isEmpty();
        assertThat(exchange("DELETE", ID, 405, "", null).violations()).isEmpty();
    }

    private OpenApiValidator.Outcome get(int status, String body) {
        return get(status, body, "application/json;charset=UTF-8");
    }

    private OpenApiValidator.Outcome get(int status, String body, String contentType) {
        OpenApiValidator.Outcome outcome = exchange("GET", ID, status, body, contentType);
        assertThat(outcome.operation()).isEqualTo("GET /things/{id}");
        return outcome;
    }

    private OpenApiValidator.Outcome exchange(String method, String path, int status, String body, String contentType) {
        return validator.validate(new OpenApiValidator.Exchange(method, path, null, Map.of(), null, status,
                contentType == null ? Map.of() : Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8)));
    }
}
