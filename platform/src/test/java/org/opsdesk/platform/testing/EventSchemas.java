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
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.util.stream.Stream;

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

    /** The example of {@code type} as a new event: the same with a fresh event id. */
    public static String freshExample(String type) {
        return example(type).replaceFirst("\"id\"\\s*:\\s*\"[^\"]+\"", "\"id\": \"" + UUID.randomUUID() + "\"");
    }

    /**
     * The types of docs/events that start with {@code prefix} and whose example's data lacks {@code field}: e.g. the
     * events on incident.events.v1 that are not about one incident, which a consumer of incidents must skip.
     */
    public static List<String> typesWithout(String prefix, String field) {
        try (Stream<Path> files = Files.list(dir())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.startsWith(prefix) && name.endsWith(".example.json"))
                    .map(name -> name.substring(0, name.length() - ".example.json".length()))
                    .filter(type -> !readData(type).has(field))
                    .sorted().toList();
        } catch (IOException e) {
            throw new AssertionError("cannot list docs/events", e);
        }
    }

    private static JsonNode readData(String type) {
        try {
            return MAPPER.readTree(example(type)).path("data");
        } catch (IOException e) {
            throw new AssertionError("example of " + type + " is not JSON", e);
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
