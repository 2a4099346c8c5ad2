package org.opsdesk.e2e.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Which service each public URL reaches through the rendered Ingress of every overlay, matched as Kubernetes does:
 * {@code Exact} is the whole path, {@code Prefix} whole path segments (so {@code /status} does not cover
 * {@code /status.json}), the longest matching path wins.
 */
class IngressRoutesTest {

    @BeforeAll
    static void kubectlIsThere() {
        assumeTrue(Kustomize.available(), "kubectl is not on the PATH: the Ingress routes were NOT checked (CI has kubectl)");
    }

    @TestFactory
    Stream<DynamicTest> theStatusHostReachesEveryRepresentationOfThePageAndNothingElse() {
        return KubernetesManifestsTest.overlays().stream().map(overlay -> DynamicTest.dynamicTest(overlay.getFileName().toString(), () -> {
            JsonNode ingress = Kustomize.render(overlay).stream().filter(o -> o.path("kind").asText().equals("Ingress")).findFirst().orElseThrow();
            JsonNode status = rules(ingress).filter(rule -> rule.path("host").asText().startsWith("status.")).findFirst().orElseThrow();
            for (String path : List.of("/", "/status", "/status.json", "/status/feed.atom")) {
                assertThat(backend(status, path)).as("%s: %s%s", overlay.getFileName(), status.path("host").asText(), path)
                        .contains("notification-service");
            }
            for (String path : List.of("/api/v1/audiences", "/q/health/ready", "/q/metrics", "/status.jsonx", "/statusx")) {
                assertThat(backend(status, path)).as("%s: %s%s is not public", overlay.getFileName(), status.path("host").asText(), path).isEmpty();
            }
            JsonNode incidents = rules(ingress).filter(rule -> rule.path("host").asText().startsWith("incidents.")).findFirst().orElseThrow();
            assertThat(backend(incidents, "/api/v1/incidents")).contains("incident-service");
            assertThat(backend(incidents, "/v2/enqueue")).as("PagerDuty's path (docs/integrations.md)").contains("incident-service");
            assertThat(backend(incidents, "/q/swagger-ui")).isEmpty();
        }));
    }

    /** The service the request path reaches on this rule's host, as Kubernetes' Ingress path matching defines it. */
    static Optional<String> backend(JsonNode rule, String path) {
        return stream(rule.at("/http/paths")).filter(p -> matches(p.path("pathType").asText(), p.path("path").asText(), path))
                .max((a, b) -> Integer.compare(a.path("path").asText().length(), b.path("path").asText().length()))
                .map(p -> p.at("/backend/service/name").asText());
    }

    static boolean matches(String type, String rulePath, String path) {
        return switch (type) {
            case "Exact" -> rulePath.equals(path);
            case "Prefix" -> {
                List<String> rule = segments(rulePath);
                List<String> request = segments(path);
                yield request.size() >= rule.size() && request.subList(0, rule.size()).equals(rule);
            }
            default -> throw new AssertionError("pathType " + type + " is implementation specific: use Exact or Prefix");
        };
    }

    private static List<String> segments(String path) {
        return Stream.of(path.split("/")).filter(s -> !s.isEmpty()).toList();
    }

    private static Stream<JsonNode> rules(JsonNode ingress) {
        return stream(ingress.at("/spec/rules"));
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
