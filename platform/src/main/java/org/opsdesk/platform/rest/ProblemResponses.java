package org.opsdesk.platform.rest;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds to every operation of the OpenAPI document the problems it can answer, as {@code application/problem+json}
 * with the {@code ProblemDetails} schema (docs/problems.md), so no resource repeats them:
 * 400 when it reads parameters or a body; 401 and 403 when it is secured; 404 when it names a resource (path
 * parameters) or refers to others (a body); 409 for every write; 412 when it reads {@code If-Match}; 413 and 415
 * when it takes a body; 406, 500 and 503 always. An operation adds the others (429, 404 …) with {@code @APIResponse}, and
 * its 4xx/5xx get the problem content here. Then it names the roles of each operation ({@link RoleScopes}) and applies
 * the one nullability rule ({@link NullableProperties}).
 * Registered with {@code mp.openapi.filter} (platform's configuration).
 */
public class ProblemResponses implements OASFilter {

    static final String SCHEMA = "ProblemDetails";
    private static final String REF = "#/components/schemas/" + SCHEMA;
    private static final Map<Integer, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry(400, "Invalid request: invalid-params names each field (" + uris(400) + ")"),
            Map.entry(401, "No valid bearer token (" + uris(401) + ")"),
            Map.entry(403, "The caller's roles or scope do not allow this (" + uris(403) + ")"),
            Map.entry(404, "No such resource, or one the caller may not see (" + uris(404) + ")"),
            Map.entry(406, "The Accept header names no media type this operation answers (" + uris(406) + ")"),
            Map.entry(409, "Refused by the current state: an illegal transition (context.state, context.allowedCommands) "
                    + "or a conflict (" + uris(409) + ")"),
            Map.entry(412, "If-Match names a version other than the current one (context.currentVersion) (" + uris(412) + ")"),
            Map.entry(413, "The body is larger than the limit (" + uris(413) + ")"),
            Map.entry(415, "The body is not application/json (" + uris(415) + ")"),
            Map.entry(429, "Over the rate limit; retry after Retry-After seconds (" + uris(429) + ")"),
            Map.entry(500, "An unexpected failure; detail gives a reference for the logs (" + uris(500) + ")"),
            Map.entry(503, "The database is unavailable; retry after Retry-After seconds (" + uris(503) + ")"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addSchema(SCHEMA, problemSchema());
        if (openAPI.getPaths() == null) {
            NullableProperties.declare(openAPI);
            return;
        }
        Config config = ConfigProvider.getConfig();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().forEach((method, operation) -> {
            addProblems(method, operation);
            RoleScopes.resolve(operation, config);
        }));
        NullableProperties.declare(openAPI);
    }

    private static void addProblems(PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        List<Parameter> parameters = Optional.ofNullable(operation.getParameters()).orElse(List.of());
        boolean body = operation.getRequestBody() != null;
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean names = body || parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
        boolean ifMatch = parameters.stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
        Stream.of(
                        when(body || !parameters.isEmpty(), 400), when(secured, 401, 403), when(names, 404),
                        when(method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD, 409),
                        when(ifMatch, 412), when(body, 413, 415), when(true, 406, 500, 503))
                .flatMap(Arrays::stream)
                .forEach(status -> {
                    if (responses.getAPIResponse(String.valueOf(status)) == null) {
                        responses.addAPIResponse(String.valueOf(status), OASFactory.createAPIResponse());
                    }
                });
        // every 4xx/5xx, added here or declared by the operation, is a problem; in status order
        Map<String, APIResponse> sorted = new TreeMap<>(responses.getAPIResponses());
        sorted.forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                problem(Integer.parseInt(code), response);
            }
            responses.removeAPIResponse(code);
        });
        sorted.forEach(responses::addAPIResponse);
    }

    private static void problem(int status, APIResponse response) {
        String description = DESCRIPTIONS.getOrDefault(status, "A problem (" + uris(status) + ")");
        if (response.getDescription() == null || response.getDescription().startsWith("Not ")
                || response.getDescription().equals("Bad Request")) {
            response.setDescription(description); // Quarkus's own 400/401/403 say no more than the status
        }
        response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF))));
        if (status == 401) {
            response.addHeader("WWW-Authenticate", header("Bearer", Schema.SchemaType.STRING));
        }
        if (status == 429 || status == 503) {
            response.addHeader("Retry-After", header("Seconds to wait before retrying", Schema.SchemaType.INTEGER));
        }
    }

    private static Header header(String description, Schema.SchemaType type) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema().addType(type));
    }

    private static Integer[] when(boolean condition, Integer... statuses) {
        return condition ? statuses : new Integer[0];
    }

    private static String uris(int status) {
        String[] uris = ProblemType.urisOf(status);
        return uris.length == 0 ? ProblemType.BLANK : String.join(", ", uris);
    }

    private static Schema problemSchema() {
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        List<Object> types = Stream.concat(Arrays.stream(ProblemType.values()).map(ProblemType::uri), Stream.of(ProblemType.BLANK))
                .map(Object.class::cast).toList();
        Schema invalidParam = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("name", string.description("the field, as it stands in the body (audiences[0].channel), "
                        + "or the query, path or header parameter"))
                .addProperty("reason", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .required(List.of("name", "reason"));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail; type is one kind of docs/problems.md")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri").enumeration(types))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("invalid-params", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(invalidParam)
                        .description("invalid-request: each invalid field and why"))
                .addProperty("context", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .additionalPropertiesBoolean(true)
                        .description("illegal-transition: state and allowedCommands; stale-version: currentVersion; "
                                + "rate-limited: retryAfterSeconds"))
                .required(List.of("type", "title", "status"))
                .example(Map.of("type", ProblemType.ILLEGAL_TRANSITION.uri(), "title", "Illegal state transition",
                        "status", 409, "detail", "cannot resolve in state NEW; allowed: acknowledge, assign",
                        "context", Map.of("state", "NEW", "allowedCommands", List.of("acknowledge", "assign"))));
    }
}
