package org.opsdesk.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

/** Checks events against the contract in docs/events: the envelope schema, then the schema of the event's data. */
public final class EventSchemas {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** @throws AssertionError naming every violation */
    public static void assertValid(String eventJson) {
        try {
            JsonNode event = MAPPER.readTree(eventJson);
            check("envelope", event, "the envelope of " + event.path("id").asText());
            String type = event.path("type").asText();
            check(type, event.path("data"), type + " " + event.path("id").asText());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + eventJson, e);
        }
    }

    /** The example event of a type, as consumers receive it. */
    public static String example(String type) {
        try {
            return Files.readString(dir().resolve(type + ".example.json"));
        } catch (IOException e) {
            throw new AssertionError("no example for " + type + " in docs/events", e);
        }
    }

    private static void check(String name, JsonNode node, String what) {
        Set<ValidationMessage> errors = SCHEMAS.computeIfAbsent(name, EventSchemas::load).validate(node);
        if (!errors.isEmpty()) {
            throw new AssertionError(what + " violates docs/events/" + name + ".schema.json: " + errors);
        }
    }

    private static JsonSchema load(String name) {
        Path file = dir().resolve(name + ".schema.json");
        try (InputStream in = Files.newInputStream(file)) {
            return FACTORY.getSchema(in);
        } catch (IOException e) {
            throw new AssertionError("no schema " + file, e);
        }
    }

    private static Path dir() {
        return ProjectFiles.resolve("docs/events");
    }
}
