package org.opsdesk.e2e.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opsdesk.platform.testing.ProjectFiles;

/**
 * What a schema cannot see: each service's Deployment has the probes, limits and security context the platform
 * expects, the objects that belong to it select it, and Kafka topics and ACLs match what the services' own
 * configuration consumes and produces.
 */
class WorkloadShapeTest {

    static final List<String> SERVICES = List.of("incident-service", "major-incident-service",
            "notification-service", "review-service");

    private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");

    @BeforeAll
    static void kubectlIsThere() {
        assumeTrue(Kustomize.available(),
                "kubectl is not on the PATH: the deploy/k8s overlays were NOT rendered or checked (CI has kubectl)");
    }

    @TestFactory
    Stream<DynamicTest> everyServiceIsProductionShaped() {
        return KubernetesManifestsTest.overlays().stream().flatMap(overlay -> {
            List<JsonNode> objects = Kustomize.render(overlay);
            return SERVICES.stream().map(service -> DynamicTest.dynamicTest(
                    overlay.getFileName() + " " + service, () -> checkService(objects, service)));
        });
    }

    @TestFactory
    Stream<DynamicTest> kafkaTopicsAndAclsMatchTheServicesConfiguration() {
        return KubernetesManifestsTest.overlays().stream().flatMap(overlay -> {
            List<JsonNode> objects = Kustomize.render(overlay);
            return SERVICES.stream().map(service -> DynamicTest.dynamicTest(
                    overlay.getFileName() + " " + service, () -> checkKafka(objects, service)));
        });
    }

    /** Brokers on distinct nodes and spread over zones, rack-aware, a pinned version, and Kafka and PostgreSQL scraped. */
    @TestFactory
    Stream<DynamicTest> kafkaIsSpreadPinnedAndMonitoredAndPostgresIsMonitored() {
        return KubernetesManifestsTest.overlays().stream().map(overlay -> DynamicTest.dynamicTest(overlay.getFileName().toString(), () -> {
            List<JsonNode> objects = Kustomize.render(overlay);
            JsonNode kafka = one(objects, "Kafka", "opsdesk").path("spec").path("kafka");
            assertThat(kafka.path("version").asText()).as("pinned Kafka version").matches("\\d+\\.\\d+\\.\\d+");
            assertThat(kafka.at("/rack/topologyKey").asText()).isEqualTo("topology.kubernetes.io/zone");
            assertThat(kafka.at("/metricsConfig/valueFrom/configMapKeyRef/name").asText()).isEqualTo("kafka-metrics");
            one(objects, "ConfigMap", "kafka-metrics");
            List<JsonNode> pools = objects.stream().filter(o -> o.path("kind").asText().equals("KafkaNodePool")).toList();
            if (pools.size() > 1) {
                pools.forEach(pool -> {
                    JsonNode template = pool.at("/spec/template/pod");
                    String name = pool.at("/metadata/name").asText();
                    assertThat(stream(template.at("/affinity/podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution"))
                            .anyMatch(term -> term.path("topologyKey").asText().equals("kubernetes.io/hostname")
                                    && term.at("/labelSelector/matchLabels/strimzi.io~1pool-name").asText().equals(name)))
                            .as("%s: one pod of pool %s per node", overlay.getFileName(), name).isTrue();
                    assertThat(stream(template.path("topologySpreadConstraints"))
                            .anyMatch(c -> c.path("topologyKey").asText().equals("topology.kubernetes.io/zone")))
                            .as("%s: pool %s spread over zones", overlay.getFileName(), name).isTrue();
                });
            }
            assertThat(objects).filteredOn(o -> o.path("kind").asText().equals("PodMonitor")).extracting(o -> o.at("/spec/selector/matchLabels"))
                    .anyMatch(labels -> labels.path("strimzi.io/kind").asText().equals("Kafka"))
                    .anyMatch(labels -> labels.path("cnpg.io/cluster").asText().equals("opsdesk-db"));
        }));
    }

    private static void checkService(List<JsonNode> objects, String service) {
        JsonNode deployment = one(objects, "Deployment", service);
        JsonNode pod = deployment.at("/spec/template/spec");
        JsonNode container = pod.at("/containers/0");
        assertThat(container.at("/image").asText()).matches("ghcr\\.io/opsdesk/" + service + ":[\\w.-]+");
        assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/resources/requests/cpu").isMissingNode()).isFalse();
        assertThat(container.at("/resources/requests/memory").isMissingNode()).isFalse();
        assertThat(container.at("/resources/limits/memory").isMissingNode()).isFalse();
        assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(env(objects, container)).contains("QUARKUS_HTTP_PORT", "QUARKUS_DATASOURCE_JDBC_URL",
                "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS",
                "KAFKA_SASL_JAAS_CONFIG", "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "MP_JWT_VERIFY_ISSUER",
                "OPSDESK_CALENDAR_ZONE", "OPSDESK_CALENDAR_HOLIDAY_SUBDIVISION");
        String tmpVolume = stream(container.path("volumeMounts"))
                .filter(m -> m.path("mountPath").asText().equals("/tmp")).findFirst()
                .map(m -> m.path("name").asText()).orElseThrow(() -> new AssertionError(service + " has no /tmp"));
        assertThat(stream(pod.path("volumes")))
                .anyMatch(v -> v.path("name").asText().equals(tmpVolume) && v.has("emptyDir"));
        assertThat(stream(pod.path("topologySpreadConstraints")))
                .anyMatch(c -> c.path("topologyKey").asText().equals("kubernetes.io/hostname"));

        JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
        assertThat(selects(one(objects, "Service", service).at("/spec/selector"), podLabels)).isTrue();
        assertThat(selects(one(objects, "PodDisruptionBudget", service).at("/spec/selector/matchLabels"), podLabels)).isTrue();
        assertThat(selects(one(objects, "NetworkPolicy", service).at("/spec/podSelector/matchLabels"), podLabels)).isTrue();
        assertThat(one(objects, "HorizontalPodAutoscaler", service).at("/spec/scaleTargetRef/name").asText()).isEqualTo(service);
        JsonNode monitor = one(objects, "ServiceMonitor", service);
        assertThat(selects(monitor.at("/spec/selector/matchLabels"), one(objects, "Service", service).at("/metadata/labels"))).isTrue();
        assertThat(monitor.at("/spec/endpoints/0/path").asText()).isEqualTo("/q/metrics");
    }

    private static void checkKafka(List<JsonNode> objects, String service) {
        Properties properties = applicationProperties(service);
        Set<String> topics = objects.stream().filter(o -> o.path("kind").asText().equals("KafkaTopic"))
                .map(o -> o.at("/metadata/name").asText()).collect(Collectors.toSet());
        JsonNode user = one(objects, "KafkaUser", service);
        int channels = 0;
        for (String key : properties.stringPropertyNames()) {
            Matcher incoming = INCOMING_TOPIC.matcher(key);
            if (incoming.matches()) {
                channels++;
                String topic = withoutPrefix(properties.getProperty(key));
                String channel = "mp.messaging.incoming." + incoming.group(1);
                String deadLetter = withoutPrefix(properties.getProperty(channel + ".dead-letter-queue.topic", ""));
                String group = properties.getProperty(channel + ".group.id");
                assertThat(topics).as("topics").contains(topic, deadLetter);
                assertThat(allows(user, "topic", topic, "Read")).as("%s may read %s", service, topic).isTrue();
                assertThat(allows(user, "topic", deadLetter, "Write")).as("%s may write %s", service, deadLetter).isTrue();
                assertThat(allows(user, "group", group, "Read")).as("%s may use group %s", service, group).isTrue();
            }
        }
        assertThat(channels).as("incoming channels of %s", service).isPositive();
        String produced = withoutPrefix(properties.getProperty("opsdesk.events.topic"));
        assertThat(topics).contains(produced);
        assertThat(allows(user, "topic", produced, "Write")).as("%s may write %s", service, produced).isTrue();
    }

    private static boolean allows(JsonNode user, String type, String name, String operation) {
        return stream(user.at("/spec/authorization/acls")).anyMatch(acl ->
                acl.at("/resource/type").asText().equals(type) && acl.at("/resource/name").asText().equals(name)
                        && stream(acl.path("operations")).anyMatch(op -> op.asText().equals(operation)));
    }

    private static String withoutPrefix(String topic) {
        return topic.replace("${opsdesk.topic-prefix}", "");
    }

    private static Properties applicationProperties(String service) {
        Path file = ProjectFiles.resolve(service + "/src/main/resources/application.properties");
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** Names of the container's environment: env entries and the keys of the ConfigMaps of envFrom. */
    private static List<String> env(List<JsonNode> objects, JsonNode container) {
        List<String> names = new ArrayList<>();
        stream(container.path("env")).forEach(e -> names.add(e.path("name").asText()));
        stream(container.path("envFrom")).forEach(from -> {
            JsonNode configMap = one(objects, "ConfigMap", from.at("/configMapRef/name").asText());
            configMap.path("data").properties().forEach(entry -> names.add(entry.getKey()));
        });
        return names;
    }

    private static boolean selects(JsonNode selector, JsonNode labels) {
        if (!selector.isObject() || selector.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> entry : selector.properties()) {
            if (!labels.path(entry.getKey()).asText().equals(entry.getValue().asText())) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode one(List<JsonNode> objects, String kind, String name) {
        List<JsonNode> found = objects.stream().filter(o -> o.path("kind").asText().equals(kind)
                && o.at("/metadata/name").asText().equals(name)).toList();
        assertThat(found).as("%s/%s", kind, name).hasSize(1);
        return found.get(0);
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
