package org.opsdesk.platform.events;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Carries one trace across the asynchronous hops of an event (docs/operations.md, Tracing): the W3C
 * {@code traceparent} of the span that appended an event is stored with its outbox row (or a delivery row), the relay
 * publishes the record in a span of that trace and passes it on as the record's {@code traceparent} header, and a
 * consumer processes the record in a span continued from that header.
 */
@ApplicationScoped
public class EventTracing {

    public static final String TRACEPARENT = "traceparent";

    private static final TextMapGetter<Headers> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            return StreamSupport.stream(headers.spliterator(), false).map(Header::key).toList();
        }

        @Override
        public String get(Headers headers, String key) {
            Header header = headers == null ? null : headers.lastHeader(key);
            return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    private static final TextMapGetter<String> TRACEPARENT_ONLY = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String traceparent) {
            return java.util.List.of(TRACEPARENT);
        }

        @Override
        public String get(String traceparent, String key) {
            return TRACEPARENT.equals(key) ? traceparent : null;
        }
    };

    private final Tracer tracer;
    private final TextMapPropagator propagator;

    EventTracing(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer("org.opsdesk.platform");
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
    }

    /** The {@code traceparent} of the current span, to store with a row; null outside a trace. */
    public String currentTraceparent() {
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(Context.current(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /** A span continuing the trace of a stored {@code traceparent} (a new trace when there is none). */
    public Span startFrom(String traceparent, String name, SpanKind kind) {
        Context parent = traceparent == null ? Context.root() : propagator.extract(Context.root(), traceparent, TRACEPARENT_ONLY);
        return tracer.spanBuilder(name).setParent(parent).setSpanKind(kind).startSpan();
    }

    /** A span continuing the trace of a record's {@code traceparent} header. */
    public Span startFrom(Headers headers, String name, SpanKind kind) {
        Context parent = propagator.extract(Context.root(), headers, HEADERS);
        return tracer.spanBuilder(name).setParent(parent).setSpanKind(kind).startSpan();
    }

    /** Writes the span's context into the record's headers. */
    public void inject(Span span, Headers headers) {
        propagator.inject(Context.root().with(span), headers,
                (carrier, key, value) -> carrier.remove(key).add(key, value.getBytes(StandardCharsets.UTF_8)));
    }
}
