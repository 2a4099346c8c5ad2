package org.opsdesk.e2e.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;

/** The SMS, voice and bulletin gateways: answers 200 at once and counts requests per path prefix. */
final class HttpSink implements AutoCloseable {

    /** The reference prefix of one schedule-scale run's plans (MI-B plus a letter), counted on its own. */
    private static final java.util.regex.Pattern MARKER = java.util.regex.Pattern.compile("MI-B[A-Z]");

    private final HttpServer server;
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    HttpSink() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        } catch (IOException e) {
            throw new IllegalStateException("cannot open the HTTP sink", e);
        }
        server.createContext("/", exchange -> {
            String request = new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            String first = exchange.getRequestURI().getPath().split("/")[1];
            counts.computeIfAbsent(first, k -> new LongAdder()).increment();
            java.util.regex.Matcher marker = MARKER.matcher(request);
            if (marker.find()) {
                counts.computeIfAbsent(first + " " + marker.group(), k -> new LongAdder()).increment();
            }
            byte[] body = "{\"status\":\"queued\",\"sid\":\"bench\"}".getBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "http-sink");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Requests to paths beginning with that segment, or with {@code "segment MI-BX"} those whose body names that marker. */
    long count(String firstPathSegment) {
        LongAdder adder = counts.get(firstPathSegment);
        return adder == null ? 0 : adder.sum();
    }

    void clear() {
        counts.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
