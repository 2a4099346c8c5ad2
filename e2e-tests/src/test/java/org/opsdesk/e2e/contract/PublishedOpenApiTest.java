package org.opsdesk.e2e.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.output.MarkdownRender;
import org.opsdesk.e2e.OpsDeskSystem;
import org.opsdesk.platform.testing.ProjectFiles;

/**
 * Proof (2) of issue 14: the document each service serves is the one published at {@code docs/openapi/<service>.yaml}
 * (integrators generate their clients from it), and a change to it is checked for breaking changes against that
 * previous version by openapi-diff (a removed operation, response field or enumeration value, a new required request
 * field, ...).
 *
 * <p>Regenerate the documents after an API change (docs/api.md): {@code -Dopenapi.write=true} rewrites them from
 * the running services; a breaking change is written only with {@code -Dopenapi.breaking="why"}, which records the
 * reason and the changes in {@code docs/openapi/CHANGELOG.md}.
 */
class PublishedOpenApiTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path DOCS = ProjectFiles.resolve("docs/openapi");
    private static final String REGENERATE = "regenerate with deploy/local/openapi (docs/api.md)";

    @Test
    void eachServiceServesItsPublishedDocumentAndChangesNothingIncompatiblyUnacknowledged() throws IOException {
        OpsDeskSystem system = OpsDeskSystem.get();
        boolean write = Boolean.getBoolean("openapi.write");
        String breakingReason = System.getProperty("openapi.breaking", "");
        List<String> problems = new ArrayList<>();
        for (String service : OpsDeskSystem.SERVICES) {
            Path published = DOCS.resolve(service + ".yaml");
            String served = served(system.url(service));
            if (Files.exists(published) && YAML.readTree(published.toFile()).equals(YAML.readTree(served))) {
                continue;
            }
            List<String> breaking = Files.exists(published) ? breakingChanges(service, Files.readString(published), served) : List.of();
            if (write && (breaking.isEmpty() || !breakingReason.isBlank())) {
                Files.createDirectories(DOCS);
                Files.writeString(published, served);
                if (!breaking.isEmpty()) {
                    acknowledge(service, breakingReason, breaking);
                }
                System.out.printf("openapi: wrote %s (%d breaking changes)%n", ProjectFiles.root().relativize(published), breaking.size());
            } else if (!Files.exists(published)) {
                problems.add(service + ": no " + ProjectFiles.root().relativize(published) + "; " + REGENERATE);
            } else {
                problems.add(service + " serves a document other than " + ProjectFiles.root().relativize(published)
                        + (breaking.isEmpty() ? " (no breaking change); " + REGENERATE
                        : "; breaking changes (target/openapi-diff/" + service + ".md):\n    " + String.join("\n    ", breaking)
                        + "\n  keep the old contract, or acknowledge them: deploy/local/openapi --breaking \"why\""));
            }
        }
        assertThat(problems).as("the served OpenAPI documents against docs/openapi").isEmpty();
    }

    @Test
    void aRemovedOperationAndANarrowedEnumerationAreBreakingAndAnAddedOneIsNot() {
        String before = """
                openapi: 3.1.0
                info: {title: t, version: "1"}
                paths:
                  /things:
                    get:
                      operationId: listThings
                      parameters: [{name: state, in: query, schema: {type: string, enum: [OPEN, CLOSED]}}]
                      responses: {"200": {description: ok}}
                  /things/{id}:
                    delete:
                      operationId: deleteThing
                      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                      responses: {"204": {description: gone}}
                """;
        String narrowed = before.replace("[OPEN, CLOSED]", "[OPEN]").replace("""
                  /things/{id}:
                    delete:
                      operationId: deleteThing
                      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                      responses: {"204": {description: gone}}
                """, "");
        assertThat(breakingChanges("tiny", before, narrowed)).contains("removed DELETE /things/{id}", "changed GET /things");
        assertThat(breakingChanges("tiny", before, before.replace("[OPEN, CLOSED]", "[OPEN, CLOSED, HELD]")
                + "  /gadgets:\n    get:\n      responses: {\"200\": {description: ok}}\n")).isEmpty();
    }

    private static List<String> breakingChanges(String service, String before, String after) {
        ChangedOpenApi diff = OpenApiCompare.fromContents(before, after);
        if (!diff.isIncompatible()) {
            return List.of();
        }
        report(service, diff);
        return Stream.concat(diff.getMissingEndpoints().stream().map(e -> "removed " + e.getMethod() + " " + e.getPathUrl()),
                diff.getChangedOperations().stream().filter(ChangedOperation::isIncompatible)
                        .map(o -> "changed " + o.getHttpMethod() + " " + o.getPathUrl())).toList();
    }

    /** The whole difference, for a reader: target/openapi-diff/SERVICE.md. */
    private static void report(String service, ChangedOpenApi diff) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                new MarkdownRender().render(diff, writer);
            }
            Path file = Path.of("target/openapi-diff", service + ".md");
            Files.createDirectories(file.getParent());
            Files.write(file, out.toByteArray());
        } catch (IOException | RuntimeException e) {
            System.out.println("openapi: no diff report for " + service + ": " + e);
        }
    }

    private static void acknowledge(String service, String reason, List<String> breaking) throws IOException {
        Path changelog = DOCS.resolve("CHANGELOG.md");
        if (!Files.exists(changelog)) {
            Files.writeString(changelog, "# Acknowledged breaking changes of the published OpenAPI documents\n");
        }
        Files.writeString(changelog, "\n## " + LocalDate.now() + " " + service + ": " + reason + "\n"
                + breaking.stream().map(b -> "- " + b + "\n").reduce("", String::concat), StandardOpenOption.APPEND);
    }

    private static String served(String baseUrl) {
        return WireContract.document(baseUrl, "yaml");
    }
}
