package org.opsdesk.e2e.tracing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opsdesk.e2e.OpsDeskSystem;
import org.opsdesk.e2e.TokenCommand;
import org.opsdesk.e2e.tracing.OtlpReceiver.Kind;
import org.opsdesk.e2e.tracing.OtlpReceiver.ReceivedSpan;

/**
 * One alert is one trace across the services and the broker (docs/operations.md, Tracing): the alert is posted with
 * a {@code traceparent} of the test's own, and the spans the four packaged services export to the OTLP receiver
 * must form one chain: incident-service's HTTP span, its outbox relay's publish span, and each consuming service's
 * processing span, each the child of the one before; down the major incident the alert declares, to the sends of its
 * first communications (notification-service's {@code send <CHANNEL>} spans).
 */
class TracingTest {

    private static final List<String> INCIDENT_CONSUMERS = List.of("major-incident-service", "notification-service", "review-service");

    @Test
    void anAlertIsOneTraceFromTheRequestThroughTheOutboxAndTheBrokerToEveryConsumer() {
        OpsDeskSystem system = OpsDeskSystem.get();
        String traceId = HexFormat.of().formatHex(HexFormat.of().parseHex(UUID.randomUUID().toString().replace("-", "")));
        String callerSpanId = "00f067aa0ba902b7";
        String alertname = "TraceProbe" + UUID.randomUUID().toString().substring(0, 8);
        String webhook = """
                {"receiver":"opsdesk","status":"firing","version":"4","groupKey":"{}:{alertname=\\"%1$s\\"}","truncatedAlerts":0,
                 "groupLabels":{"alertname":"%1$s"},"commonLabels":{},"commonAnnotations":{},"externalURL":"http://am",
                 "alerts":[{"status":"firing","labels":{"alertname":"%1$s","service":"trace-probe","severity":"critical"},
                   "annotations":{"summary":"Trace probe"},"startsAt":"2026-11-23T14:00:00Z","endsAt":"0001-01-01T00:00:00Z",
                   "generatorURL":"http://prometheus","fingerprint":"%2$s"}]}
                """.formatted(alertname, traceId.substring(0, 16));

        // a critical alert on a significant service declares a major incident at once (MI-1)
        int catalogued = given().baseUri(system.url("incident-service"))
                .header("Authorization", TokenCommand.bearer("e2e.admin", null, "admin"))
                .contentType("application/json")
                .body("{\"id\":\"trace-probe\",\"name\":\"Trace probe\",\"owningTeam\":\"service-desk\",\"significant\":true}")
                .when().post("/api/v1/services").then().extract().statusCode();
        assertThat(catalogued).as("trace-probe in the catalog (409: an earlier run's)").isIn(201, 409);

        given().baseUri(system.url("incident-service"))
                .header("Authorization", TokenCommand.bearer("e2e.monitoring", null, "monitoring"))
                .header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                .contentType("application/json").body(webhook)
                .when().post("/api/v1/alerts/alertmanager")
                .then().statusCode(200);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<ReceivedSpan> trace = system.traces().spans().stream().filter(s -> s.traceId().equals(traceId)).toList();
            Map<String, ReceivedSpan> byId = trace.stream().collect(Collectors.toMap(ReceivedSpan::spanId, Function.identity(), (a, b) -> a));

            ReceivedSpan request = only(trace, "incident-service", Kind.SERVER);
            assertThat(request.parentSpanId()).as("the HTTP span continues the caller's trace").isEqualTo(callerSpanId);

            ReceivedSpan publish = trace.stream()
                    .filter(s -> s.service().equals("incident-service") && s.kind() == Kind.PRODUCER && s.name().endsWith("incident.events.v1 publish"))
                    .findFirst().orElseThrow(() -> new AssertionError("no publish span of incident.events.v1 in " + trace));
            assertThat(descendsFrom(publish, request.spanId(), byId))
                    .as("the relay publishes in the trace stored with the outbox row, under the HTTP span").isTrue();

            for (String consumer : INCIDENT_CONSUMERS) {
                ReceivedSpan processing = trace.stream()
                        .filter(s -> s.service().equals(consumer) && s.kind() == Kind.CONSUMER && s.name().equals("process incident.created"))
                        .findFirst().orElseThrow(() -> new AssertionError(consumer + " has no span processing incident.created in " + trace));
                assertThat(byId.get(processing.parentSpanId())).as(consumer + " continues the record's traceparent")
                        .extracting(ReceivedSpan::service, ReceivedSpan::kind).containsExactly("incident-service", Kind.PRODUCER);
            }

            List<ReceivedSpan> sends = trace.stream()
                    .filter(s -> s.service().equals("notification-service") && s.kind() == Kind.CLIENT && s.name().startsWith("send ")).toList();
            assertThat(sends).as("sends of the declared major incident's communications in " + trace).isNotEmpty()
                    .allSatisfy(send -> assertThat(descendsFrom(send, request.spanId(), byId))
                            .as(send.name() + " descends, through the declaration and its plan, from the alert's HTTP span").isTrue());
        });
    }

    private static ReceivedSpan only(List<ReceivedSpan> trace, String service, Kind kind) {
        List<ReceivedSpan> found = trace.stream().filter(s -> s.service().equals(service) && s.kind() == kind).toList();
        assertThat(found).as(kind + " spans of " + service + " in " + trace).hasSize(1);
        return found.get(0);
    }

    private static boolean descendsFrom(ReceivedSpan span, String ancestorId, Map<String, ReceivedSpan> byId) {
        for (ReceivedSpan at = span; at != null; at = byId.get(at.parentSpanId())) {
            if (at.parentSpanId().equals(ancestorId)) {
                return true;
            }
        }
        return false;
    }
}
