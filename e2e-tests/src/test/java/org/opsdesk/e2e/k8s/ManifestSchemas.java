package org.opsdesk.e2e.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * kubeconform-style validation: each object against the JSON schema of its apiVersion and kind, strict (unknown
 * fields are errors), from the schema files in src/test/resources/k8s/schemas (k8s/schemas/README.md names their
 * sources and versions). An object whose kind has no schema is an error too, never skipped.
 */
final class ManifestSchemas {

    static final List<String> FILES = List.of("kubernetes.json", "prometheus-operator.json", "prometheus-operator-podmonitor.json",
            "strimzi.json", "cloudnative-pg.json", "cloudnative-pg-database.json", "prometheus-rule.json");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

    private final Map<String, JsonSchema> byKind = new HashMap<>();
    private final JsonSchema objectMeta;

    ManifestSchemas() {
        JsonSchema meta = null;
        for (String file : FILES) {
            JsonNode document = read("k8s/schemas/" + file);
            for (Map.Entry<String, JsonNode> kind : document.path("x-kinds").properties()) {
                JsonSchema schema = compile(document, kind.getValue().asText());
                if (kind.getKey().equals("ObjectMeta")) {
                    meta = schema;
                } else {
                    byKind.put(kind.getKey(), schema);
                }
            }
        }
        if (meta == null) {
            throw new IllegalStateException("k8s/schemas/kubernetes.json has no ObjectMeta");
        }
        objectMeta = meta;
    }

    /** The kinds there is a schema for, as "apiVersion kind". */
    Set<String> kinds() {
        return new TreeSet<>(byKind.keySet());
    }

    /** Every violation of the object, as "Kind/name: message"; empty when the object is valid. */
    List<String> violations(JsonNode object) {
        String key = object.path("apiVersion").asText() + " " + object.path("kind").asText();
        String name = object.path("kind").asText("?") + "/" + object.path("metadata").path("name").asText("?");
        JsonSchema schema = byKind.get(key);
        if (schema == null) {
            return List.of(name + ": no schema for \"" + key + "\" (add one to e2e-tests/src/test/resources/k8s/schemas)");
        }
        List<String> violations = new ArrayList<>();
        schema.validate(object).stream().map(ValidationMessage::getMessage).sorted()
                .forEach(message -> violations.add(name + ": " + message));
        // custom resources' CRD schemas only say "metadata: object": hold it to the Kubernetes ObjectMeta schema
        objectMeta.validate(object.path("metadata")).stream().map(ValidationMessage::getMessage).sorted()
                .forEach(message -> violations.add(name + ": metadata " + message));
        return violations;
    }

    private static JsonSchema compile(JsonNode document, String definition) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        root.set("definitions", document.path("definitions"));
        root.putArray("allOf").addObject().put("$ref", "#/definitions/" + definition);
        return FACTORY.getSchema(root);
    }

    private static JsonNode read(String resource) {
        try (InputStream in = ManifestSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
