package org.opsdesk.incident.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.opsdesk.incident.IncidentApi.admin;
import static org.opsdesk.incident.IncidentApi.desk;
import static org.opsdesk.incident.IncidentApi.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 with the real Prometheus Alertmanager 0.25 (Debian's prometheus-alertmanager; skipped where it is not
 * installed): its webhook receiver authenticates with an integration key through {@code http_config.authorization}
 * read from a file, its firing alert opens an incident with the integration's defaults, and its resolution resolves it.
 */
@QuarkusTest
class RealAlertmanagerTest {

    private static final Path BINARY = Path.of("/usr/bin/prometheus-alertmanager");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void alertmanagerPostsWithABearerKeyFromAFileAndItsAlertOpensAndThenResolvesAnIncident() throws Exception {
        assumeTrue(Files.isExecutable(BINARY), "prometheus-alertmanager is not installed (apt-get install prometheus-alertmanager)");
        JsonPath integration = admin().body("{\"name\": \"%s\", \"kind\": \"ALERTMANAGER\", \"defaultCustomerOrg\": \"dept-of-revenue\"}"
                .formatted(unique("alertmanager-e2e"))).when().post("/api/v1/integrations").then().statusCode(201).extract().jsonPath();
        Path dir = Files.createTempDirectory("alertmanager");
        Files.writeString(dir.resolve("opsdesk.key"), integration.getString("key"));
        Files.writeString(dir.resolve("alertmanager.yml"), """
                route:
                  receiver: opsdesk
                  group_by: ['alertname']
                  group_wait: 0s
                  group_interval: 1s
                  repeat_interval: 1h
                receivers:
                  - name: opsdesk
                    webhook_configs:
                      - url: http://127.0.0.1:%d/api/v1/alerts/alertmanager
                        send_resolved: true
                        http_config:
                          authorization:
                            type: Bearer
                            credentials_file: %s
                """.formatted(RestAssured.port, dir.resolve("opsdesk.key")));
        int port = freePort();
        Process alertmanager = new ProcessBuilder(BINARY.toString(), "--config.file=" + dir.resolve("alertmanager.yml"),
                "--storage.path=" + dir.resolve("data"), "--web.listen-address=127.0.0.1:" + port, "--cluster.listen-address=")
                .redirectErrorStream(true).redirectOutput(dir.resolve("alertmanager.log").toFile()).start();
        try {
            String name = unique("DiskFull").replace("-", "");
            Instant startsAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
            post(port, name, startsAt, null);
            String id = await(name, incident -> true, dir).getString("id");
            JsonPath opened = desk().when().get("/api/v1/incidents/" + id).then().statusCode(200).extract().jsonPath();
            assertThat(opened.getString("customerOrg")).as("the integration's default").isEqualTo("dept-of-revenue");
            assertThat(opened.getString("source")).isEqualTo("MONITORING");
            assertThat(opened.getString("createdAt")).isEqualTo(startsAt.toString());

            post(port, name, startsAt, Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1));
            await(name, incident -> incident.getString("status").equals("RESOLVED"), dir);
        } finally {
            alertmanager.destroy();
            alertmanager.waitFor();
        }
    }

    /** Posts one alert to Alertmanager's API v2, as Prometheus does; {@code endsAt} in the past resolves it. */
    private static void post(int port, String name, Instant startsAt, Instant endsAt) throws IOException, InterruptedException {
        String alert = """
                [{"labels": {"alertname": "%s", "instance": "db-7:9100", "severity": "warning"},
                  "annotations": {"summary": "%s: disk full on db-7"}, "startsAt": "%s"%s}]"""
                .formatted(name, name, startsAt, endsAt == null ? "" : ", \"endsAt\": \"" + endsAt + "\"");
        for (int attempt = 0; ; attempt++) {
            try {
                HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v2/alerts"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(alert)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                return;
            } catch (IOException notYetListening) {
                if (attempt == 50) {
                    throw notYetListening;
                }
                Thread.sleep(200);
            }
        }
    }

    /** The one incident whose summary names the alert, once {@code wanted} holds (within 30 s). */
    private static JsonPath await(String name, Predicate<JsonPath> wanted, Path dir) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            JsonPath found = desk().queryParam("q", name).when().get("/api/v1/incidents").then().statusCode(200).extract().jsonPath();
            List<Object> items = found.getList("items");
            if (items.size() == 1 && wanted.test(found.setRootPath("items[0]"))) {
                return found.setRootPath("items[0]");
            }
            assertThat(items).hasSizeLessThanOrEqualTo(1);
            Thread.sleep(250);
        }
        throw new AssertionError("Alertmanager's notification did not arrive as wanted; its log:\n"
                + Files.readString(dir.resolve("alertmanager.log")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
