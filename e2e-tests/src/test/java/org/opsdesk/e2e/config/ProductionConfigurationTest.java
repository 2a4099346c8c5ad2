package org.opsdesk.e2e.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opsdesk.e2e.OpsDeskSystem;
import org.opsdesk.e2e.PrivateKafka;
import org.opsdesk.platform.testing.ProjectFiles;

/**
 * Each packaged service started in its production profile with nothing but a port and a broker address: it must stop
 * at once (before touching the database or the broker) and name every key production has to give, instead of falling
 * back to a development default (docs/operations.md, "Configuration that fails fast").
 */
class ProductionConfigurationTest {

    private static final List<String> EVERY_SERVICE = List.of("quarkus.datasource.username", "quarkus.datasource.password",
            "mp.jwt.verify.issuer", "mp.jwt.verify.publickey.location", "mp.jwt.verify.audiences");

    /** All four at once: each start takes seconds of a small machine's CPU. */
    private static final Map<String, Start> STARTS = new HashMap<>();

    @BeforeAll
    static void startEveryServiceWithoutItsSettings() throws IOException {
        for (String service : OpsDeskSystem.SERVICES) {
            STARTS.put(service, Start.of(service));
        }
    }

    @ParameterizedTest
    @CsvSource({"incident-service,''", "major-incident-service,''", "review-service,''",
            "notification-service,'quarkus.mailer.host quarkus.mailer.from opsdesk.notification.channels.sms.url opsdesk.notification.channels.sms.token "
                    + "opsdesk.notification.channels.voice.url opsdesk.notification.channels.voice.token opsdesk.notification.channels.bulk.url "
                    + "opsdesk.notification.channels.bulk.token opsdesk.notification.channels.webhook.secret-key opsdesk.notification.status-page.public-url opsdesk.notification.coordinator-fallback.email "
                    + "opsdesk.notification.service-desk.email'"})
    void aStartWithoutItsSettingsStopsNamingEachMissingKey(String service, String ownKeys) throws Exception {
        String output = STARTS.get(service).output();

        assertThat(output).as(service + "'s output").contains("SRCFG");
        assertThat(output).contains(EVERY_SERVICE);
        if (!ownKeys.isBlank()) {
            assertThat(output).contains(ownKeys.split(" "));
        }
        assertThat(output).as("no development default was used").doesNotContain("dev-keys", "127.0.0.1:8089", "opsdesk.example");
    }

    @Test
    void swaggerUiIsOffInProductionWhileTheOpenApiDocumentStays() throws Exception {
        OpsDeskSystem system = OpsDeskSystem.get();
        HttpClient http = HttpClient.newHttpClient();
        for (String service : OpsDeskSystem.SERVICES) {
            assertThat(status(http, system.url(service) + "/q/swagger-ui/")).as(service + " /q/swagger-ui/").isEqualTo(404);
            assertThat(status(http, system.url(service) + "/q/openapi")).as(service + " /q/openapi").isEqualTo(200);
        }
    }

    private static int status(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The packaged service started with an environment of its own (none inherited), and the file of its output. */
    private record Start(String service, Process process, Path log) {

        static Start of(String service) throws IOException {
            Path jar = ProjectFiles.resolve(service + "/target/quarkus-app/quarkus-run.jar");
            assertThat(jar).as("packaged " + service + " (mvn package)").isRegularFile();
            Path log = Files.createTempFile(service, ".log");
            ProcessBuilder builder = new ProcessBuilder(PrivateKafka.javaBinary(), "-Xmx128m", "-jar", jar.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().clear();
            builder.environment().putAll(Map.of("PATH", System.getenv("PATH"), "QUARKUS_HTTP_PORT", "0",
                    "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:1"));
            return new Start(service, builder.start(), log);
        }

        /** Its output once it exited. */
        String output() throws IOException, InterruptedException {
            boolean exited = process.waitFor(90, TimeUnit.SECONDS);
            if (!exited) {
                process.destroyForcibly().waitFor();
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.deleteIfExists(log);
            assertThat(exited).as(service + " still running 90 s after a start without its settings:\n" + output).isTrue();
            assertThat(process.exitValue()).as(service + "'s exit code").isNotZero();
            return output;
        }
    }
}
