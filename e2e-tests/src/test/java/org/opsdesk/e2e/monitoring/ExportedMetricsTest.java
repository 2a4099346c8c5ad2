package org.opsdesk.e2e.monitoring;

import static io.restassured.RestAssured.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opsdesk.e2e.OpsDeskSystem;
import org.opsdesk.platform.testing.ProjectFiles;

/**
 * The shipped Grafana dashboard and alert rules (deploy/k8s/base/monitoring) query only metrics the packaged
 * services really export on /q/metrics (histograms by their _bucket, _count and _sum series), and every
 * opsdesk_ counter exists from the start, before anything happened.
 */
class ExportedMetricsTest {

    /** Made by Prometheus itself, not by a service. */
    private static final Set<String> PROMETHEUS_OWN = Set.of("up");
    private static final Set<String> PROMQL = Set.of("sum", "max", "min", "avg", "count", "by", "without", "rate", "irate",
            "increase", "deriv", "delta", "histogram_quantile", "absent", "and", "or", "unless", "on", "ignoring",
            "max_over_time", "min_over_time", "avg_over_time", "humanizeDuration");
    private static final Pattern METRIC = Pattern.compile("(?<![\\w\"{,=~.$])([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*(?=[{\\[)\\s]|$)");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theDashboardAndTheAlertRulesQueryOnlyExportedMetrics() throws IOException {
        Set<String> exported = exported();
        Set<String> queried = new TreeSet<>();
        expressions().forEach(expr -> queried.addAll(metrics(expr)));

        assertThat(queried).as("metrics named by the dashboard and the rules").contains("opsdesk_outbox_oldest_event_age_seconds",
                "opsdesk_deliveries_total", "opsdesk_sla_breaches_total", "opsdesk_consumer_lag_records");
        queried.removeAll(PROMETHEUS_OWN);
        assertThat(exported).as("metrics on /q/metrics of the four services").containsAll(queried);
    }

    private static Set<String> exported() {
        Set<String> names = new TreeSet<>();
        for (String service : OpsDeskSystem.SERVICES) {
            // one API request first (401 without a token): the request timers exist once a request was served
            get(OpsDeskSystem.get().url(service) + "/api/v1/change-log").then().statusCode(401);
            String body = get(OpsDeskSystem.get().url(service) + "/q/metrics").then().statusCode(200).extract().asString();
            body.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split("[{ ]", 2)[0]).forEach(names::add);
        }
        return names;
    }

    private static List<String> expressions() throws IOException {
        List<String> expressions = new ArrayList<>();
        JsonNode rules = YAML.readTree(Files.readString(ProjectFiles.resolve("deploy/k8s/base/monitoring/alert-rules.yaml")));
        rules.path("spec").path("groups").forEach(group -> group.path("rules").forEach(rule -> expressions.add(rule.path("expr").asText())));
        JsonNode configMap = YAML.readTree(Files.readString(ProjectFiles.resolve("deploy/k8s/base/monitoring/grafana-dashboard.yaml")));
        JsonNode dashboard = JSON.readTree(configMap.path("data").path("opsdesk-services.json").asText());
        dashboard.path("panels").forEach(panel -> panel.path("targets").forEach(target -> expressions.add(target.path("expr").asText())));
        assertThat(expressions).as("expressions").hasSizeGreaterThan(10);
        return expressions;
    }

    /** The metric names of a PromQL expression: identifiers that are not functions, keywords or label names. */
    static Set<String> metrics(String expr) {
        String withoutGroupings = expr.replaceAll("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)", " ")
                .replaceAll("\\{[^}]*}", "{}").replaceAll("\\[[^]]*]", "[]").replaceAll("\"[^\"]*\"", "\"\"");
        Set<String> names = new TreeSet<>();
        Matcher matcher = METRIC.matcher(withoutGroupings);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!PROMQL.contains(name) && !name.matches("\\d.*")) {
                names.add(name);
            }
        }
        return names;
    }
}
