package org.opsdesk.e2e.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A plausible valid value for a schema of an OpenAPI document: every property filled, values within the declared
 * constraints, ids of the {@link Fixture} where a property names one. The bad-input suite breaks one thing at a time
 * in such a body, so that the broken thing, not something else, is what the service must refuse.
 */
final class Samples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String URL = "https://example.org/security-suite";
    private static final String PHONE = "+14055550199";

    private final Fixture fixture;
    private final OpenApi document;

    Samples(Fixture fixture, OpenApi document) {
        this.fixture = fixture;
        this.document = document;
    }

    JsonNode of(JsonNode schema, String name) {
        JsonNode s = document.resolve(schema);
        if (s.has("enum")) {
            return s.get("enum").get(0);
        }
        return switch (s.path("type").asText()) {
            case "string" -> NODES.textNode(string(s, name));
            case "integer" -> NODES.numberNode(integer(s));
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(false);
            case "array" -> array(s, name);
            case "object" -> object(s);
            default -> NODES.textNode("Security suite sample");
        };
    }

    private static long integer(JsonNode schema) {
        if (schema.has("maximum")) {
            return schema.get("maximum").asLong();
        }
        return schema.has("minimum") ? Math.max(1, schema.get("minimum").asLong()) : 1;
    }

    private ArrayNode array(JsonNode schema, String name) {
        ArrayNode array = NODES.arrayNode();
        if (schema.path("maxItems").asInt(1) > 0) {
            array.add(of(schema.path("items"), singular(name)));
        }
        return array;
    }

    private ObjectNode object(JsonNode schema) {
        ObjectNode object = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            object.set(property.getKey(), of(property.getValue(), property.getKey()));
        }
        if (!schema.has("properties") && schema.has("additionalProperties")) {
            object.set("key", of(schema.get("additionalProperties"), "value"));
        }
        return object;
    }

    private String string(JsonNode schema, String name) {
        String format = schema.path("format").asText();
        String lower = name.toLowerCase(Locale.ROOT);
        String value = switch (format) {
            case "date-time" -> instant(lower).toString();
            case "date" -> LocalDate.now().plusDays(30).toString();
            case "duration" -> "PT1H";
            case "uuid" -> uuid(lower);
            default -> text(schema, lower);
        };
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        int min = schema.path("minLength").asInt(0);
        value = value.length() > max ? value.substring(0, max) : value;
        return value.length() < min ? value + "x".repeat(min - value.length()) : value;
    }

    private String text(JsonNode schema, String name) {
        List<String> candidates = new ArrayList<>();
        candidates.add(hint(name));
        String pattern = schema.path("pattern").asText("");
        // an alternation such as FIRING|RESOLVED or -?(receivedAt|priority): its first alternative
        candidates.add(pattern.replaceAll("^-\\?\\(", "").replaceAll("[()]", "").split("\\|")[0]);
        candidates.addAll(List.of(fixture.tag + "-sample", URL, PHONE, "Security suite sample"));
        if (pattern.isEmpty() || pattern.equals("\\S")) {
            return candidates.get(0);
        }
        Pattern regex = Pattern.compile(pattern);
        return candidates.stream().filter(c -> regex.matcher(c).matches()).findFirst().orElse(candidates.get(0));
    }

    /** A value a property of this name expects: an address, a fixture's id, the fixtures' organisation. */
    private String hint(String name) {
        if (name.contains("email")) {
            return "security.suite@example.org";
        }
        if (name.contains("phone")) {
            return PHONE;
        }
        if (name.contains("url") || name.equals("link")) {
            return URL;
        }
        return switch (name) {
            case "team", "owningteam", "assignedteam", "escalatesto" -> fixture.team;
            case "category" -> fixture.category;
            case "helpdeskid" -> fixture.helpDesk;
            case "customerorg", "organisation", "customer" -> Callers.ORGANISATION;
            case "serviceid", "service" -> fixture.service;
            case "member" -> fixture.contact;
            case "dutyrole" -> "DUTY_MANAGER";
            default -> "Security suite sample";
        };
    }

    private Instant instant(String name) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        if (name.contains("next") || name.contains("estimated")) {
            return now.plus(30, ChronoUnit.MINUTES);
        }
        if (name.contains("ends")) {
            return now.plus(2, ChronoUnit.DAYS);
        }
        return name.contains("starts") ? now.plus(1, ChronoUnit.DAYS) : now.minus(1, ChronoUnit.HOURS);
    }

    private String uuid(String name) {
        return switch (name) {
            case "followupof" -> fixture.incident;
            case "incidentid", "targetid" -> fixture.linkedIncident;
            case "majorincidentid" -> fixture.majorIncident;
            default -> name.contains("incident") ? fixture.linkedIncident : UUID.randomUUID().toString();
        };
    }

    private static String singular(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("ids")) {
            return lower.substring(0, lower.length() - 1);
        }
        return lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
