package org.opsdesk.e2e.tracing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

/**
 * An OpenTelemetry collector for a test: accepts OTLP/HTTP protobuf trace exports ({@code POST /v1/traces}) on
 * loopback, as the services' exporter sends them, and keeps every span. Decodes only the fields a test reads
 * (opentelemetry-proto trace/v1): the resource's service.name, trace and span ids, parent span id, name and kind.
 */
public final class OtlpReceiver implements AutoCloseable {

    /** One received span; ids in lower-case hex, {@code parentSpanId} empty for a root span. */
    public record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name, Kind kind) {
    }

    public enum Kind { UNSPECIFIED, INTERNAL, SERVER, CLIENT, PRODUCER, CONSUMER }

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();
    private boolean closed;

    public OtlpReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v1/traces", this::handle);
        server.start();
    }

    /** The endpoint to give the exporter ({@code quarkus.otel.exporter.otlp.traces.endpoint}). */
    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            server.stop(0);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            InputStream body = exchange.getRequestBody();
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                body = new GZIPInputStream(body);
            }
            spans.addAll(exportRequest(new Wire(body.readAllBytes())));
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
        }
    }

    /** ExportTraceServiceRequest: 1 resource_spans. */
    private static List<ReceivedSpan> exportRequest(Wire request) {
        List<ReceivedSpan> received = new ArrayList<>();
        while (request.more()) {
            if (request.field() == 1) {
                received.addAll(resourceSpans(request.message()));
            } else {
                request.skip();
            }
        }
        return received;
    }

    /** ResourceSpans: 1 resource, 2 scope_spans. */
    private static List<ReceivedSpan> resourceSpans(Wire resourceSpans) {
        String service = null;
        List<Wire> scopes = new ArrayList<>();
        while (resourceSpans.more()) {
            switch (resourceSpans.field()) {
                case 1 -> service = serviceName(resourceSpans.message());
                case 2 -> scopes.add(resourceSpans.message());
                default -> resourceSpans.skip();
            }
        }
        List<ReceivedSpan> received = new ArrayList<>();
        for (Wire scope : scopes) {
            while (scope.more()) { // ScopeSpans: 2 spans
                if (scope.field() == 2) {
                    received.add(span(service, scope.message()));
                } else {
                    scope.skip();
                }
            }
        }
        return received;
    }

    /** Resource: 1 attributes (KeyValue: 1 key, 2 value; AnyValue: 1 string_value). */
    private static String serviceName(Wire resource) {
        String service = null;
        while (resource.more()) {
            if (resource.field() != 1) {
                resource.skip();
                continue;
            }
            Wire attribute = resource.message();
            String key = null;
            String value = null;
            while (attribute.more()) {
                switch (attribute.field()) {
                    case 1 -> key = attribute.string();
                    case 2 -> {
                        Wire any = attribute.message();
                        while (any.more()) {
                            if (any.field() == 1) {
                                value = any.string();
                            } else {
                                any.skip();
                            }
                        }
                    }
                    default -> attribute.skip();
                }
            }
            if ("service.name".equals(key)) {
                service = value;
            }
        }
        return service;
    }

    /** Span: 1 trace_id, 2 span_id, 4 parent_span_id, 5 name, 6 kind. */
    private static ReceivedSpan span(String service, Wire span) {
        String traceId = "";
        String spanId = "";
        String parent = "";
        String name = "";
        Kind kind = Kind.UNSPECIFIED;
        while (span.more()) {
            switch (span.field()) {
                case 1 -> traceId = span.hex();
                case 2 -> spanId = span.hex();
                case 4 -> parent = span.hex();
                case 5 -> name = span.string();
                case 6 -> kind = Kind.values()[(int) span.varint()];
                default -> span.skip();
            }
        }
        return new ReceivedSpan(service, traceId, spanId, parent, name, kind);
    }

    /** The protobuf wire format: tag (field number and wire type), then varint, fixed 64/32 bits or length-delimited bytes. */
    private static final class Wire {
        private final byte[] bytes;
        private final int end;
        private int at;
        private int type;

        Wire(byte[] bytes) {
            this(bytes, 0, bytes.length);
        }

        private Wire(byte[] bytes, int from, int end) {
            this.bytes = bytes;
            this.at = from;
            this.end = end;
        }

        boolean more() {
            return at < end;
        }

        int field() {
            long tag = varint();
            type = (int) (tag & 7);
            return (int) (tag >>> 3);
        }

        long varint() {
            long value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = bytes[at++];
                value |= (long) (b & 0x7f) << shift;
                if (b >= 0) {
                    return value;
                }
            }
        }

        Wire message() {
            int length = (int) varint();
            Wire inner = new Wire(bytes, at, at + length);
            at += length;
            return inner;
        }

        String string() {
            Wire value = message();
            return new String(bytes, value.at, value.end - value.at, StandardCharsets.UTF_8);
        }

        String hex() {
            Wire value = message();
            return HexFormat.of().formatHex(bytes, value.at, value.end);
        }

        void skip() {
            switch (type) {
                case 0 -> varint();
                case 1 -> at += 8;
                case 2 -> message();
                case 5 -> at += 4;
                default -> throw new IllegalStateException("unknown protobuf wire type " + type);
            }
        }
    }
}
