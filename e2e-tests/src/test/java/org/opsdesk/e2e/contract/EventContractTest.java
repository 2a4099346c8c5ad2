package org.opsdesk.e2e.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opsdesk.platform.testing.EventSchemas;
import org.opsdesk.platform.testing.ProjectFiles;

/** docs/events and docs/asyncapi.yaml agree, and every example is a valid event of its type. */
class EventContractTest {

    static List<String> eventTypes() throws IOException {
        try (Stream<Path> files = Files.list(ProjectFiles.resolve("docs/events"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".schema.json") && !name.equals("envelope.schema.json"))
                    .map(name -> name.substring(0, name.length() - ".schema.json".length()))
                    .sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void everyEventTypeHasAValidExampleAndIsInTheAsyncApiDocument(String type) throws IOException {
        String example = EventSchemas.example(type);
        assertThat(new ObjectMapper().readTree(example).path("type").asText()).isEqualTo(type);
        EventSchemas.assertValid(example);
        assertThat(Files.readString(ProjectFiles.resolve("docs/asyncapi.yaml")))
                .as("docs/asyncapi.yaml is stale: run docs/events/generate-asyncapi")
                .contains("$ref: 'events/" + type + ".schema.json'");
    }

    /** The AsyncAPI parser (the JavaScript reference implementation) finds no error in docs/asyncapi.yaml. */
    @Test
    void theAsyncApiParserAcceptsTheDocument() throws Exception {
        Process process = new ProcessBuilder(ProjectFiles.resolve("docs/events/validate-asyncapi").toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        assertThat(output).contains("valid AsyncAPI");
    }

    @Test
    void theAsyncApiDocumentDescribesTheKafkaBindingHeaderAndKey() throws IOException {
        String document = Files.readString(ProjectFiles.resolve("docs/asyncapi.yaml"));
        assertThat(document).contains("const: 'application/cloudevents+json; charset=UTF-8'", "bindings:", "key:");
        long messages = document.lines().filter(line -> line.startsWith("      name: ")).count();
        long withBinding = document.lines().filter(line -> line.contains("$ref: '#/components/messageTraits/cloudEventsKafkaStructured'")).count();
        assertThat(withBinding).isEqualTo(messages).isPositive();
    }

    @Test
    void theAsyncApiDocumentNamesNoSchemaThatDoesNotExist() throws IOException {
        List<String> types = eventTypes();
        List<String> referenced = Files.readAllLines(ProjectFiles.resolve("docs/asyncapi.yaml")).stream()
                .filter(line -> line.contains("$ref: 'events/") && !line.contains("envelope"))
                .map(line -> line.substring(line.indexOf("events/") + 7, line.indexOf(".schema.json")))
                .toList();
        assertThat(types).containsAll(referenced);
    }
}
