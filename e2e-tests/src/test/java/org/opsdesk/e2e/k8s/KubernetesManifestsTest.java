package org.opsdesk.e2e.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opsdesk.platform.testing.ProjectFiles;

/**
 * Every overlay of deploy/k8s renders with `kubectl kustomize` and every object it renders is valid against the
 * Kubernetes, Strimzi, CloudNativePG and Prometheus Operator schemas; a broken fixture proves the check bites.
 */
class KubernetesManifestsTest {

    private static ManifestSchemas schemas;

    @BeforeAll
    static void kubectlIsThere() {
        assumeTrue(Kustomize.available(),
                "kubectl is not on the PATH: the deploy/k8s overlays were NOT rendered or validated (CI has kubectl)");
        schemas = new ManifestSchemas();
    }

    @TestFactory
    Stream<DynamicTest> everyOverlayRendersAndEveryObjectIsValid() {
        List<Path> overlays = overlays();
        assertThat(overlays).extracting(path -> path.getFileName().toString()).contains("dev", "prod");
        return overlays.stream().map(overlay -> DynamicTest.dynamicTest(overlay.getFileName().toString(), () -> {
            List<JsonNode> objects = Kustomize.render(overlay);
            assertThat(objects).as("objects rendered from %s", overlay).hasSizeGreaterThan(40);
            List<String> violations = objects.stream().flatMap(o -> schemas.violations(o).stream()).toList();
            assertThat(violations).as("schema violations in %s", overlay).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> noOverlayCommitsASecretValue() {
        return overlays().stream().map(overlay -> DynamicTest.dynamicTest(overlay.getFileName().toString(), () -> {
            assertThat(Kustomize.render(overlay))
                    .as("Secrets are created by the operators or by Strimzi/CloudNativePG, never rendered from git")
                    .noneMatch(o -> o.path("kind").asText().equals("Secret"));
        }));
    }

    @Test
    void everyKindTheOverlaysUseHasASchema() {
        assertThat(schemas.kinds()).contains(
                "apps/v1 Deployment", "v1 Service", "v1 ConfigMap", "v1 ServiceAccount", "v1 Namespace",
                "policy/v1 PodDisruptionBudget", "autoscaling/v2 HorizontalPodAutoscaler",
                "networking.k8s.io/v1 NetworkPolicy", "networking.k8s.io/v1 Ingress",
                "monitoring.coreos.com/v1 ServiceMonitor", "monitoring.coreos.com/v1 PodMonitor",
                "kafka.strimzi.io/v1 Kafka", "kafka.strimzi.io/v1 KafkaNodePool", "kafka.strimzi.io/v1 KafkaTopic",
                "kafka.strimzi.io/v1 KafkaUser",
                "postgresql.cnpg.io/v1 Cluster", "postgresql.cnpg.io/v1 Database",
                "postgresql.cnpg.io/v1 ScheduledBackup");
    }

    /** k8s/broken renders fine but each of its objects breaks its schema in a way a typo or a bad merge would. */
    @Test
    void aBrokenManifestFails() {
        Map<String, List<String>> byObject = Kustomize.render(resource("k8s/broken")).stream()
                .collect(Collectors.toMap(
                        o -> o.path("kind").asText() + "/" + o.path("metadata").path("name").asText(),
                        schemas::violations));

        assertThat(byObject).hasSize(8).allSatisfy((object, violations) ->
                assertThat(violations).as("violations of %s", object).isNotEmpty());
        assertThat(String.join("\n", byObject.get("Deployment/typo-and-wrong-types")))
                .contains("$.spec.replicas", "imagePullPolicyy", "$.spec.template.spec.containers[0].ports[0].containerPort");
        assertThat(String.join("\n", byObject.get("Deployment/missing-selector"))).contains("selector");
        assertThat(String.join("\n", byObject.get("KafkaTopic/bad-topic"))).contains("$.spec.partitions", "retention");
        assertThat(String.join("\n", byObject.get("KafkaUser/bad-user")))
                .contains("$.spec.authorization.acls[0].operations[0]", "enumeration");
        assertThat(String.join("\n", byObject.get("Cluster/bad-cluster"))).contains("instance", "$.spec.bootstrap");
        assertThat(String.join("\n", byObject.get("Database/bad-database"))).contains("owner");
        assertThat(String.join("\n", byObject.get("ServiceMonitor/bad-monitor"))).contains("paht");
        assertThat(String.join("\n", byObject.get("Widget/unknown-kind"))).contains("no schema for \"example.com/v1 Widget\"");
    }

    static List<Path> overlays() {
        try (Stream<Path> dirs = Files.list(ProjectFiles.resolve("deploy/k8s/overlays"))) {
            return dirs.filter(dir -> Files.isRegularFile(dir.resolve("kustomization.yaml"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(KubernetesManifestsTest.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
