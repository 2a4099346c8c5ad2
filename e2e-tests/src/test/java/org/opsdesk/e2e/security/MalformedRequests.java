package org.opsdesk.e2e.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * The malformed variants of one operation, generated from its OpenAPI description: the body broken as a whole
 * (not JSON, wrong JSON type, truncated, trailing data, deeply nested, invalid UTF-8, oversized, wrong content
 * type), each property broken in turn (missing, null, wrong type, too long or short, outside its range, not its
 * format, enum or pattern, injection strings where they are not valid values, too many items, unknown properties),
 * each path, query and header parameter broken, another organisation's incident, and an Accept it cannot answer.
 * Every variant is sent as a role the role matrix allows, so it reaches validation rather than a 403.
 */
final class MalformedRequests {

    /** A request that must be refused with a 4xx problem+json and change nothing. */
    record Variant(OpenApi.Operation operation, String name, Http.Request request) {

        @Override
        public String toString() {
            return operation.service() + " " + request.method() + " " + request.url().replaceFirst("^http://[^/]+", "") + " [" + name + "]";
        }
    }

    static final List<String> INJECTIONS = List.of("' OR '1'='1' --", "'; DROP TABLE incident; --",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "${jndi:ldap://127.0.0.1/x}",
            "{{7*7}}${7*7}", "../../../../etc/passwd");
    /**
     * The native alert formats of other products (docs/services/incident-service.md): fields this service does not
     * use are accepted and ignored, whatever their size, because the senders add fields between versions.
     */
    private static final Set<String> FOREIGN_FORMATS = Set.of("POST /api/v1/alerts/alertmanager", "POST /api/v1/alerts/events",
            "POST /api/v1/alerts/alertmanager/{key}", "POST /api/v1/alerts/grafana", "POST /api/v1/alerts/grafana/{key}",
            "POST /v2/enqueue");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String OVERSIZED_CHUNKED = "body over 1 MiB, chunked";
    private static final int OVERSIZED = (1 << 20) + 4096;
    private static final int HUGE_STRING = 100_000;
    private static final int DEEP = 5_000;

    private final Fixture fixture;
    private final RoleMatrix matrix;

    MalformedRequests(Fixture fixture, RoleMatrix matrix) {
        this.fixture = fixture;
        this.matrix = matrix;
    }

    List<Variant> of(OpenApi.Operation operation) {
        RoleMatrix.Row row = matrix.rowsOf(operation).get(0);
        String url = fixture.path(operation, row.variant());
        Http.Request base = Http.Request.of(operation.method(), url).bearer(Callers.as(matrix.allowedRole(row)));
        Samples samples = new Samples(fixture, operation.document());
        JsonNode body = operation.takesJson() ? samples.of(operation.body(), "") : null;
        Http.Request valid = body != null ? base.json(body.toString()) : base;
        List<Variant> variants = new ArrayList<>();
        Builder add = (name, request) -> variants.add(new Variant(operation, name, request));
        if (body != null) {
            boolean foreign = FOREIGN_FORMATS.contains(operation.key());
            wholeBody(base, body, operation.bodyRequired(), foreign, add);
            walk(operation.document(), operation.body(), (ObjectNode) body, "", (ObjectNode) body, base,
                    foreign ? (name, request) -> { if (!ignoredByForeignFormats(name)) add.add(name, request); } : add);
        }
        pathParameters(operation, url, valid, add);
        queryParameters(operation, url, valid, add);
        headerParameters(operation, valid, add);
        if (RoleMatrix.ALLOWED.equals(row.answer("customer")) && "404".equals(row.answer(RoleMatrix.OTHER_ORGANISATION))) {
            add.add("an incident of another organisation, as its customer",
                    withToken(valid, Callers.customerOf(Callers.OTHER_ORGANISATION)));
        }
        add.add("Accept: application/xml", valid.header("Accept", "application/xml"));
        return variants;
    }

    /** Methods the path does not have, as admin: 405. */
    static List<Variant> wrongMethods(List<OpenApi.Operation> pathOperations, String url) {
        OpenApi.Operation any = pathOperations.get(0);
        List<Variant> variants = new ArrayList<>();
        for (String method : OpenApi.METHODS) {
            if (pathOperations.stream().noneMatch(o -> o.method().equals(method))) {
                Http.Request request = Http.Request.of(method, url).bearer(Callers.as("admin"));
                if (!method.equals("GET") && !method.equals("DELETE")) {
                    request = request.json("{}");
                }
                variants.add(new Variant(any, "method " + method + " not allowed", request));
            }
        }
        return variants;
    }

    @FunctionalInterface
    private interface Builder {
        void add(String name, Http.Request request);
    }

    private static boolean ignoredByForeignFormats(String variant) {
        return variant.endsWith(": unknown nested property") || variant.endsWith(": " + HUGE_STRING + " characters");
    }

    private static void wholeBody(Http.Request base, JsonNode body, boolean required, boolean foreign, Builder add) {
        String json = body.toString();
        if (required) {
            add.add("no body", base.header("Content-Type", "application/json"));
            add.add("empty body", base.json(""));
            add.add("body null", base.json("null"));
        }
        Map.of("body an array", "[]", "body a string", "\"text\"", "body a number", "42", "body true", "true",
                        "body not JSON", "summary=x&severity=1", "body XML", "<request><summary>x</summary></request>",
                        "body with a comment", "/* comment */ " + json, "body with single quotes", json.replace('"', '\''))
                .forEach((name, text) -> add.add(name, base.json(text)));
        add.add("body truncated", base.json(json.substring(0, json.length() / 2)));
        add.add("body followed by garbage", base.json(json + " }garbage"));
        add.add("two bodies", base.json(json + json));
        if (!foreign) {
            add.add("unknown property", base.json(with(body, "unexpectedProperty", NODES.numberNode(1)).toString()));
        }
        add.add("unknown property nested " + DEEP + " deep", base.json(with(body, "unexpectedProperty", nested(DEEP)).toString()));
        add.add("body an array nested " + DEEP + " deep", base.json("[".repeat(DEEP) + "]".repeat(DEEP)));
        for (Map.Entry<String, byte[]> bad : Map.of("invalid UTF-8 (C3 28)", new byte[] {(byte) 0xC3, 0x28},
                "invalid UTF-8 (overlong C0 AF)", new byte[] {(byte) 0xC0, (byte) 0xAF},
                "invalid UTF-8 (FF)", new byte[] {(byte) 0xFF},
                "invalid UTF-8 (lone surrogate ED A0 80)", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}).entrySet()) {
            add.add(bad.getKey(), base.header("Content-Type", "application/json").body(withBytes(body, bad.getValue())));
        }
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        // not among them: no Content-Type (RFC 9110 lets the server examine the data) and a charset parameter (RFC 8259
        // defines none for application/json: compliant recipients ignore it)
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/octet-stream", "text/html")) {
            add.add("Content-Type: " + type, base.header("Content-Type", type).body(bytes));
        }
        byte[] oversized = with(body, "padding", NODES.textNode("a".repeat(OVERSIZED))).toString().getBytes(StandardCharsets.UTF_8);
        add.add("body over 1 MiB", base.header("Content-Type", "application/json").body(oversized));
        add.add(OVERSIZED_CHUNKED, base.header("Content-Type", "application/json").body(oversized).withoutLength());
    }

    /**
     * Each property of {@code node} (part of the body {@code root}) broken in turn, recursing into nested objects and
     * the first item of arrays; the body is changed in place for each variant and restored.
     */
    private static void walk(OpenApi document, JsonNode schema, ObjectNode node, String prefix, ObjectNode root,
                             Http.Request base, Builder add) {
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String name = property.getKey();
            String path = prefix + name;
            JsonNode propertySchema = document.resolve(property.getValue());
            JsonNode original = node.get(name);
            BiConsumer<String, JsonNode> replace = (what, value) -> {
                JsonNode before = node.get(name);
                if (value == null) {
                    node.remove(name);
                } else {
                    node.set(name, value);
                }
                add.add(path + ": " + what, base.json(root.toString()));
                if (before == null) {
                    node.remove(name);
                } else {
                    node.set(name, before);
                }
            };
            if (required.contains(name)) {
                replace.accept("missing", null);
                replace.accept("null", NODES.nullNode());
            }
            for (Map.Entry<String, JsonNode> bad : invalidValues(propertySchema, original)) {
                replace.accept(bad.getKey(), bad.getValue());
            }
            if (propertySchema.has("properties") && original instanceof ObjectNode nested) {
                replace.accept("unknown nested property", with(nested, "unexpectedProperty", NODES.numberNode(1)));
                walk(document, propertySchema, nested, path + ".", root, base, add);
            }
            JsonNode items = document.resolve(propertySchema.path("items"));
            if (original instanceof ArrayNode array && !array.isEmpty()) {
                if (items.has("properties") && array.get(0) instanceof ObjectNode first) {
                    walk(document, items, first, path + "[0].", root, base, add);
                } else {
                    for (Map.Entry<String, JsonNode> bad : invalidValues(items, array.get(0))) {
                        JsonNode before = array.get(0);
                        array.set(0, bad.getValue());
                        add.add(path + "[0]: " + bad.getKey(), base.json(root.toString()));
                        array.set(0, before);
                    }
                }
            }
        }
    }

    /** Values the schema does not allow, each with what is wrong with it. */
    private static List<Map.Entry<String, JsonNode>> invalidValues(JsonNode schema, JsonNode valid) {
        List<Map.Entry<String, JsonNode>> values = new ArrayList<>();
        String type = schema.path("type").asText();
        if (schema.has("enum")) {
            values.add(Map.entry("not one of the enum", NODES.textNode("NOT_A_VALUE")));
            INJECTIONS.stream().limit(3).forEach(i -> values.add(Map.entry("enum given '" + i + "'", NODES.textNode(i))));
            values.add(Map.entry("an object instead of an enum", NODES.objectNode().put("x", 1)));
            return values;
        }
        switch (type) {
            case "string" -> strings(schema, values);
            case "integer", "number" -> {
                values.add(Map.entry("a string instead of a number", NODES.textNode("not a number")));
                values.add(Map.entry("an object instead of a number", NODES.objectNode().put("x", 1)));
                values.add(Map.entry("a number too large for any type", NODES.numberNode(new java.math.BigDecimal("1e400"))));
                values.add(Map.entry("an integer overflowing 64 bits", NODES.numberNode(new java.math.BigInteger("99999999999999999999"))));
                if (schema.has("minimum")) {
                    values.add(Map.entry("below the minimum", NODES.numberNode(schema.get("minimum").asLong() - 1)));
                }
                if (schema.has("maximum")) {
                    values.add(Map.entry("above the maximum", NODES.numberNode(schema.get("maximum").asLong() + 1)));
                }
            }
            case "boolean" -> {
                values.add(Map.entry("a string instead of a boolean", NODES.textNode("maybe")));
                values.add(Map.entry("an object instead of a boolean", NODES.objectNode().put("x", 1)));
            }
            case "array" -> {
                values.add(Map.entry("an object instead of an array", NODES.objectNode().put("x", 1)));
                values.add(Map.entry("a number instead of an array", NODES.numberNode(7)));
                if (schema.has("maxItems") && valid instanceof ArrayNode array && !array.isEmpty()) {
                    ArrayNode tooMany = NODES.arrayNode();
                    for (int i = 0; i <= schema.get("maxItems").asInt(); i++) {
                        tooMany.add(array.get(0));
                    }
                    values.add(Map.entry("more than maxItems", tooMany));
                }
                if (schema.path("minItems").asInt() > 0) {
                    values.add(Map.entry("fewer than minItems", NODES.arrayNode()));
                }
            }
            case "object" -> {
                values.add(Map.entry("a string instead of an object", NODES.textNode("text")));
                values.add(Map.entry("an array instead of an object", NODES.arrayNode().add(1)));
                if (!schema.has("properties")) {
                    values.add(Map.entry("nested " + DEEP + " deep", nested(DEEP)));
                }
            }
            default -> { }
        }
        return values;
    }

    private static void strings(JsonNode schema, List<Map.Entry<String, JsonNode>> values) {
        values.add(Map.entry("an object instead of a string", NODES.objectNode().put("x", 1)));
        values.add(Map.entry("an array instead of a string", NODES.arrayNode().add("x")));
        String format = schema.path("format").asText();
        String pattern = schema.path("pattern").asText("");
        List<String> wrong = switch (format) {
            case "date-time" -> List.of("not a date", "2026-02-30T10:00:00Z", "2026-11-23T25:61:00Z", "2026-11-23 10:00");
            case "date" -> List.of("2026-02-30", "next tuesday", "2026-13-01", "20261123");
            case "duration" -> List.of("PT", "1 hour", "P1Y2M", "PT-");
            case "uuid" -> List.of("not-a-uuid", "00000000-0000-0000-0000-00000000000g", "123");
            default -> List.of();
        };
        wrong.forEach(w -> values.add(Map.entry("not a " + format + ": '" + w + "'", NODES.textNode(w))));
        boolean free = format.isEmpty() && (pattern.isEmpty() || pattern.equals("\\S"));
        if (!format.isEmpty() || !free) {
            INJECTIONS.stream().filter(i -> !matches(pattern, i))
                    .forEach(i -> values.add(Map.entry("'" + i + "'", NODES.textNode(i))));
        }
        if (pattern.equals("\\S")) {
            values.add(Map.entry("blank", NODES.textNode("   ")));
        } else if (!pattern.isEmpty() && !matches(pattern, "")) {
            values.add(Map.entry("empty, against the pattern", NODES.textNode("")));
        }
        if (schema.has("maxLength")) {
            int max = schema.get("maxLength").asInt();
            values.add(Map.entry("longer than maxLength " + max, NODES.textNode("x".repeat(max + 1))));
        } else if (free) {
            values.add(Map.entry(HUGE_STRING + " characters", NODES.textNode("x".repeat(HUGE_STRING))));
        }
        if (schema.path("minLength").asInt() > 0) {
            values.add(Map.entry("shorter than minLength", NODES.textNode("")));
        }
        if (free) {
            values.add(Map.entry("a NUL character", NODES.textNode("before\u0000after")));
        }
    }

    private static boolean matches(String pattern, String value) {
        if (pattern.isEmpty()) {
            return true;
        }
        return pattern.equals("\\S") ? Pattern.compile(pattern).matcher(value).find() : Pattern.compile(pattern).matcher(value).matches();
    }

    private void pathParameters(OpenApi.Operation operation, String url, Http.Request valid, Builder add) {
        for (OpenApi.Parameter parameter : operation.parameters()) {
            if (!parameter.in().equals("path")) {
                continue;
            }
            String actual = actualSegment(operation.path(), url, parameter.name());
            List<String> values = new ArrayList<>(INJECTIONS);
            values.addAll(List.of("x".repeat(300), "%00", " "));
            if ("uuid".equals(parameter.schema().path("format").asText())) {
                // the id of a resource of another kind: an incident's where a major incident's is expected, and vice versa
                values.addAll(List.of("not-a-uuid", UUID.randomUUID().toString(), fixture.incident.equals(actual)
                        ? fixture.majorIncident : fixture.incident));
            } else if (parameter.schema().has("pattern")) {
                values.addAll(List.of("UPPER-CASE", "-leading-dash", "a".repeat(65)));
            }
            for (String value : values) {
                String encoded = value.equals("%00") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
                String replaced = replaceSegment(url, actual, encoded);
                add.add("path " + parameter.name() + " '" + abbreviate(value) + "'", new Http.Request(valid.method(), replaced,
                        valid.headers(), valid.body(), false));
            }
        }
    }

    private static void queryParameters(OpenApi.Operation operation, String url, Http.Request valid, Builder add) {
        for (OpenApi.Parameter parameter : operation.parameters()) {
            if (!parameter.in().equals("query")) {
                continue;
            }
            JsonNode schema = parameter.schema();
            List<String> values = new ArrayList<>(List.of("a\u0000b"));
            switch (schema.path("type").asText()) {
                case "integer", "number" -> {
                    values.addAll(List.of("abc", "99999999999999999999", "1.5e"));
                    if (schema.has("minimum")) {
                        values.add(String.valueOf(schema.get("minimum").asLong() - 1));
                    }
                    if (schema.has("maximum")) {
                        values.add(String.valueOf(schema.get("maximum").asLong() + 1));
                    }
                }
                case "boolean" -> values.addAll(List.of("maybe", "2"));
                case "string" -> {
                    String format = schema.path("format").asText();
                    if (!format.isEmpty()) {
                        values.addAll(List.of("not-a-" + format, "2026-02-30"));
                        values.addAll(INJECTIONS.subList(0, 3));
                    }
                    if (schema.has("pattern")) {
                        INJECTIONS.stream().filter(i -> !matches(schema.get("pattern").asText(), i)).forEach(values::add);
                    }
                    if (schema.has("maxLength")) {
                        values.add("x".repeat(schema.get("maxLength").asInt() + 1));
                    }
                }
                default -> { }
            }
            for (String value : values) {
                String query = parameter.name() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
                add.add("query " + parameter.name() + " '" + abbreviate(value) + "'", new Http.Request(valid.method(),
                        url + (url.contains("?") ? "&" : "?") + query, valid.headers(), valid.body(), false));
            }
        }
    }

    private static void headerParameters(OpenApi.Operation operation, Http.Request valid, Builder add) {
        for (OpenApi.Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("header")) {
                for (String value : List.of("garbage", "\"abc\"", "\"99999999999999999999\"", "W/\"1\"" + "x".repeat(500))) {
                    add.add("header " + parameter.name() + " '" + abbreviate(value) + "'", valid.header(parameter.name(), value));
                }
            }
        }
    }

    private static Http.Request withToken(Http.Request request, String token) {
        return new Http.Request(request.method(), request.url(), Map.of(), request.body(), false).bearer(token)
                .header("Content-Type", request.headers().getOrDefault("Content-Type", "application/json"));
    }

    private static String actualSegment(String template, String url, String parameter) {
        String[] names = template.split("/");
        String[] values = url.replaceFirst("^http://[^/]+", "").split("/");
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals("{" + parameter + "}")) {
                return values[i];
            }
        }
        throw new IllegalStateException("no {" + parameter + "} in " + template);
    }

    private static String replaceSegment(String url, String actual, String replacement) {
        int at = url.indexOf("/" + actual);
        return url.substring(0, at + 1) + replacement + url.substring(at + 1 + actual.length());
    }

    private static ObjectNode with(JsonNode body, String name, JsonNode value) {
        ObjectNode copy = body.isObject() ? ((ObjectNode) body).deepCopy() : NODES.objectNode();
        copy.set(name, value);
        return copy;
    }

    /** {"a":{"a":…}} as raw JSON text: Jackson itself refuses to write more than 1,000 levels. */
    private static JsonNode nested(int depth) {
        return NODES.rawValueNode(new RawValue("{\"a\":".repeat(depth) + "{}" + "}".repeat(depth)));
    }

    /** The body with the value of its first string property (or of an added one) holding the given bytes. */
    private static byte[] withBytes(JsonNode body, byte[] bad) {
        String marker = "\u2603MARK\u2603";
        ObjectNode copy = body.deepCopy();
        boolean replaced = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = copy.fields(); it.hasNext() && !replaced; ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isTextual()) {
                field.setValue(NODES.textNode("x" + marker));
                replaced = true;
            }
        }
        if (!replaced) {
            copy.put("unexpectedProperty", marker);
        }
        byte[] text = copy.toString().getBytes(StandardCharsets.UTF_8);
        byte[] mark = marker.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length; i++) {
            if (startsWith(text, i, mark)) {
                out.writeBytes(bad);
                i += mark.length - 1;
            } else {
                out.write(text[i]);
            }
        }
        return out.toByteArray();
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        if (at + prefix.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String abbreviate(String value) {
        value = value.replace("\0", "\\u0000");
        return value.length() > 40 ? value.substring(0, 20) + "…(" + value.length() + " chars)" : value;
    }
}
