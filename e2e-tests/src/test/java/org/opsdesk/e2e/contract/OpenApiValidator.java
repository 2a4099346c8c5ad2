package org.opsdesk.e2e.contract;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.OutputUnit;
import io.vertx.openapi.contract.MediaType;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import io.vertx.openapi.contract.Parameter;
import io.vertx.openapi.contract.Response;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.openapi.validation.RequestValidator;
import io.vertx.openapi.validation.ResponseParameter;
import io.vertx.openapi.validation.ResponseValidator;
import io.vertx.openapi.validation.SchemaValidationException;
import io.vertx.openapi.validation.impl.RequestParameterImpl;
import io.vertx.openapi.validation.impl.ValidatableRequestImpl;
import io.vertx.openapi.validation.impl.ValidatableResponseImpl;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * One OpenAPI 3.1 document and the check of one HTTP exchange against it, by the Vert.x OpenAPI validator
 * (io.vertx:vertx-openapi: the document's JSON Schema 2020-12, so {@code type: [string, "null"]} is understood).
 *
 * <p>What counts as a violation: an exchange no operation of the document routes (unless answered 404 or 405, the
 * answers for "no such operation"); an operation without {@code operationId}; a status code the operation does not
 * list; a response header or body its response does not allow (a {@code null} in a field not declared nullable, a
 * value outside an enumeration, a missing required field, an undeclared media type); and a request the service
 * accepted (2xx) that the document does not allow. A refused request is not checked: the suites send invalid ones on
 * purpose, and the document need only describe the refusal. Bodies of media types the validator cannot read (HTML,
 * Markdown, Atom) are checked for their status code, headers and media type only.
 */
public final class OpenApiValidator {

    /** One request and its answer as seen on the wire; header names in any case. */
    public record Exchange(String method, String path, String query, Map<String, String> requestHeaders, byte[] requestBody,
                           int status, Map<String, String> responseHeaders, byte[] responseBody) {
    }

    /** The operation that answered ({@code METHOD /template}, or the raw path when none routes it) and what broke. */
    public record Outcome(String operation, List<String> violations) {
    }

    private static final Vertx VERTX = Vertx.vertx();
    private final OpenAPIContract contract;
    private final RequestValidator requests;
    private final ResponseValidator responses;
    /** Operations that had no operationId: they get one of their own here, to be validated at all. */
    private final Set<String> withoutId = new HashSet<>();
    /** operationId → status → the media types it declares (the validator only reads the JSON ones). */
    private final Map<String, Map<String, Set<String>>> declaredMediaTypes = new HashMap<>();

    public OpenApiValidator(String documentJson) {
        JsonObject document = prepare(new JsonObject(documentJson));
        this.contract = await(OpenAPIContract.from(VERTX, document));
        this.requests = RequestValidator.create(VERTX, contract);
        this.responses = ResponseValidator.create(VERTX, contract);
    }

    public Outcome validate(Exchange exchange) {
        Operation operation = contract.findOperation(exchange.path(), HttpMethod.valueOf(exchange.method()));
        if (operation == null) {
            List<String> none = exchange.status() == 404 || exchange.status() == 405 ? List.of()
                    : List.of("no operation of the document routes " + exchange.method() + " " + exchange.path());
            return new Outcome(exchange.method() + " " + exchange.path(), none);
        }
        String id = operation.getOperationId();
        List<String> violations = new ArrayList<>();
        if (withoutId.contains(id)) {
            violations.add("the operation has no operationId");
        }
        if (exchange.status() / 100 == 2) {
            check(violations, "request", () -> requests.validate(request(operation, exchange), id));
        }
        ValidatableResponseImpl response = response(operation, exchange, violations);
        if (response != null) {
            check(violations, "response", () -> responses.validate(response, id));
        }
        return new Outcome(operation.getHttpMethod() + " " + operation.getOpenAPIPath(), violations);
    }

    private ValidatableRequestImpl request(Operation operation, Exchange exchange) {
        Map<String, String> headers = caseInsensitive(exchange.requestHeaders());
        Map<String, List<String>> query = query(exchange.query());
        String[] segments = exchange.path().substring(1).split("/", -1);
        Map<String, RequestParameter> header = new HashMap<>();
        Map<String, RequestParameter> path = new HashMap<>();
        Map<String, RequestParameter> queryParameters = new HashMap<>();
        for (Parameter parameter : operation.getParameters()) {
            String name = parameter.getName();
            switch (parameter.getIn()) {
                case HEADER -> header.put(name, new RequestParameterImpl(headers.get(name)));
                case PATH -> {
                    int segment = (int) operation.getAbsoluteOpenAPIPath().substring(0, operation.getAbsoluteOpenAPIPath()
                            .indexOf("{" + name + "}")).chars().filter(c -> c == '/').count();
                    path.put(name, new RequestParameterImpl(segment <= segments.length ? decode(segments[segment - 1]) : null));
                }
                case QUERY -> queryParameters.put(name, queryValue(parameter, query.getOrDefault(name, List.of())));
                default -> { }
            }
        }
        byte[] body = exchange.requestBody() == null ? new byte[0] : exchange.requestBody();
        return new ValidatableRequestImpl(Map.of(), header, path, queryParameters, new RequestParameterImpl(Buffer.buffer(body)),
                mediaType(headers.get("Content-Type")));
    }

    /** The form style of the document's query parameters: an exploded array is {@code name=a&name=b}, others one value. */
    private static RequestParameter queryValue(Parameter parameter, List<String> values) {
        if (values.isEmpty()) {
            return new RequestParameterImpl(null);
        }
        if (parameter.getSchemaType() == io.vertx.json.schema.common.dsl.SchemaType.ARRAY && parameter.isExplode()) {
            return new RequestParameterImpl(values.stream().map(v -> parameter.getName() + "=" + v).collect(Collectors.joining("&")));
        }
        return new RequestParameterImpl(values.get(0));
    }

    /** The answer as the validator reads it, or null when its media type is already a violation. */
    private ValidatableResponseImpl response(Operation operation, Exchange exchange, List<String> violations) {
        Map<String, String> headers = caseInsensitive(exchange.responseHeaders());
        Map<String, ResponseParameter> declared = new HashMap<>();
        Response response = operation.getResponse(exchange.status()) != null ? operation.getResponse(exchange.status())
                : operation.getDefaultResponse();
        String mediaType = mediaType(headers.get("Content-Type"));
        byte[] body = exchange.responseBody() == null ? new byte[0] : exchange.responseBody();
        if (response == null) {
            return new ValidatableResponseImpl(exchange.status(), declared); // the validator names the missing status
        }
        response.getHeaders().forEach(h -> declared.put(h.getName(), new RequestParameterImpl(headers.get(h.getName()))));
        Set<String> types = declaredMediaTypes.getOrDefault(operation.getOperationId(), Map.of())
                .getOrDefault(operation.getResponse(exchange.status()) != null ? String.valueOf(exchange.status()) : "default", Set.of());
        if (body.length > 0 && !types.contains(mediaType)) {
            violations.add("response " + exchange.status() + ": media type " + mediaType + " is not one of " + types);
            return null;
        }
        if (body.length > 0 && !response.getContent().containsKey(mediaType)) {
            return new ValidatableResponseImpl(exchange.status(), declared); // a type the validator cannot read
        }
        return new ValidatableResponseImpl(exchange.status(), declared, new RequestParameterImpl(Buffer.buffer(body)), mediaType);
    }

    private interface Validation {
        Future<?> run();
    }

    private static void check(List<String> violations, String what, Validation validation) {
        try {
            await(validation.run());
        } catch (SchemaValidationException e) {
            violations.add(what + ": " + e.getMessage() + details(e.getOutputUnit()));
        } catch (RuntimeException e) {
            violations.add(what + ": " + e.getMessage());
        }
    }

    private static String details(OutputUnit unit) {
        if (unit == null || unit.getErrors() == null || unit.getErrors().isEmpty()) {
            return "";
        }
        return unit.getErrors().stream().map(e -> e.getInstanceLocation() + ": " + e.getError()).distinct().limit(5)
                .collect(Collectors.joining("; ", " (", ")"));
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the validator did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Gives each operation without an operationId one (recording that it had none), notes every declared media type,
     * and keeps only the media types the validator reads, so one HTML page does not make the whole document unreadable.
     */
    private JsonObject prepare(JsonObject document) {
        numericFormatsOnlyOnNumbers(document);
        JsonObject paths = document.getJsonObject("paths", new JsonObject());
        for (String path : paths.fieldNames()) {
            JsonObject item = paths.getJsonObject(path);
            for (String method : List.of("get", "put", "post", "delete", "patch", "head", "options")) {
                JsonObject operation = item.getJsonObject(method);
                if (operation == null) {
                    continue;
                }
                if (operation.getString("operationId") == null) {
                    String id = method.toUpperCase(Locale.ROOT) + " " + path;
                    operation.put("operationId", id);
                    withoutId.add(id);
                }
                Map<String, Set<String>> byStatus = new HashMap<>();
                JsonObject answers = operation.getJsonObject("responses", new JsonObject());
                for (String status : answers.fieldNames()) {
                    JsonObject content = answers.getJsonObject(status).getJsonObject("content");
                    byStatus.put(status, content == null ? Set.of() : Set.copyOf(content.fieldNames()));
                    keepReadable(answers.getJsonObject(status));
                }
                declaredMediaTypes.put(operation.getString("operationId"), byStatus);
                if (operation.containsKey("requestBody") && keepReadable(operation.getJsonObject("requestBody"))) {
                    operation.remove("requestBody"); // e.g. only */*: no body the validator could check
                }
            }
        }
        return document;
    }

    /**
     * vertx-json-schema applies a numeric format (int32, int64, float, double) to a {@code null} too and refuses it;
     * JSON Schema applies a format only to values of its type. A nullable number keeps its type and loses the format.
     */
    private static void numericFormatsOnlyOnNumbers(Object node) {
        if (node instanceof JsonObject object) {
            if (object.getValue("type") instanceof io.vertx.core.json.JsonArray types && types.contains("null")
                    && object.getValue("format") instanceof String format && List.of("int32", "int64", "float", "double").contains(format)) {
                object.remove("format");
            }
            object.forEach(entry -> numericFormatsOnlyOnNumbers(entry.getValue()));
        } else if (node instanceof io.vertx.core.json.JsonArray array) {
            array.forEach(OpenApiValidator::numericFormatsOnlyOnNumbers);
        }
    }

    /** Drops the media types of a response or request body the validator cannot read; true when none is left. */
    private static boolean keepReadable(JsonObject body) {
        JsonObject content = body.getJsonObject("content");
        if (content != null) {
            new ArrayList<>(content.fieldNames()).stream().filter(type -> !MediaType.isMediaTypeSupported(type)).forEach(content::remove);
            if (content.isEmpty()) {
                body.remove("content");
            }
        }
        return content == null || content.isEmpty();
    }

    private static Map<String, String> caseInsensitive(Map<String, String> headers) {
        Map<String, String> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            map.putAll(headers);
        }
        return map;
    }

    private static Map<String, List<String>> query(String query) {
        Map<String, List<String>> values = new HashMap<>();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                values.computeIfAbsent(name, n -> new ArrayList<>())
                        .add(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static String mediaType(String contentType) {
        return contentType == null ? null : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    }

    /** A path segment as the server reads it: percent-decoded, a '+' kept. */
    private static String decode(String value) {
        try {
            return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}
