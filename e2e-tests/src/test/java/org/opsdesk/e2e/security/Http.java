package org.opsdesk.e2e.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.opsdesk.e2e.contract.WireContract;

/** One keep-alive HTTP/1.1 client for every request of the security suites, with bodies as raw bytes. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** What is sent: {@code body} null sends none; {@code chunked} sends it without a Content-Length. */
    record Request(String method, String url, Map<String, String> headers, byte[] body, boolean chunked) {

        static Request of(String method, String url) {
            return new Request(method, url, Map.of(), null, false);
        }

        Request header(String name, String value) {
            Map<String, String> copy = new LinkedHashMap<>(headers);
            copy.put(name, value);
            return new Request(method, url, copy, body, chunked);
        }

        Request bearer(String token) {
            return token == null ? this : header("Authorization", "Bearer " + token);
        }

        Request json(String text) {
            return header("Content-Type", "application/json").body(text.getBytes(StandardCharsets.UTF_8));
        }

        Request body(byte[] bytes) {
            return new Request(method, url, headers, bytes, chunked);
        }

        Request withoutLength() {
            return new Request(method, url, headers, body, true);
        }
    }

    /** An answer; {@code challenge} is its WWW-Authenticate header. */
    record Response(int status, String contentType, String challenge, String body) {

        boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + excerpt(), e);
            }
        }

        String excerpt() {
            String flat = body.replaceAll("\\s+", " ");
            return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
        }
    }

    private Http() {
    }

    static Response send(Request request) {
        if (request.body() != null && (request.body().length > 1 << 20 || request.chunked())) {
            return sendOverSocket(request);
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(request.url())).timeout(Duration.ofSeconds(60))
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(builder::header);
        try {
            HttpResponse<byte[]> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name, values.get(0)));
            return answer(request, response.statusCode(), headers, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.url() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Large or chunked bodies over a plain socket, written by a thread of their own: the server may answer and close
     * before it has read them, which java.net.http does not survive (it waits for ever to finish sending).
     */
    private static Response sendOverSocket(Request request) {
        URI uri = URI.create(request.url());
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(request.method() + " " + uri.getRawPath()
                    + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "") + " HTTP/1.1\r\n"
                    + "Host: " + uri.getHost() + ":" + uri.getPort() + "\r\nConnection: close\r\n");
            request.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append(request.chunked() ? "Transfer-Encoding: chunked" : "Content-Length: " + request.body().length).append("\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            Thread writer = new Thread(() -> {
                try {
                    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                    if (request.chunked()) {
                        out.write((Integer.toHexString(request.body().length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                        out.write(request.body());
                        out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    } else {
                        out.write(request.body());
                    }
                    out.flush();
                } catch (IOException closedByTheServer) {
                    // it has answered already
                }
            });
            writer.start();
            byte[] answer = socket.getInputStream().readAllBytes();
            writer.join(10_000);
            return parse(request, new String(answer, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.url() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Response parse(Request request, String answer) {
        int end = answer.indexOf("\r\n\r\n");
        if (!answer.startsWith("HTTP/1.1 ") || end < 0) {
            throw new UncheckedIOException(new IOException("not an HTTP answer: " + answer.substring(0, Math.min(100, answer.length()))));
        }
        String[] lines = answer.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(lines[i].substring(0, colon).toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        return answer(request, Integer.parseInt(lines[0].split(" ")[1]), headers,
                answer.substring(end + 4).getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The answer, observed by the wire contract (proof 1 of issue 14) when a suite validates its traffic. */
    private static Response answer(Request request, int status, Map<String, String> headers, byte[] body) {
        WireContract.observe(request.method(), URI.create(request.url()), request.headers(), request.body(), status, headers, body);
        Map<String, String> lower = new LinkedHashMap<>();
        headers.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
        return new Response(status, lower.get("content-type"), lower.get("www-authenticate"), new String(body, StandardCharsets.UTF_8));
    }

    /** A 2xx answer as JSON, or an assertion error naming the request. */
    static JsonNode ok(Request request) {
        Response response = send(request);
        if (response.status() / 100 != 2) {
            throw new AssertionError(request.method() + " " + request.url() + " answered " + response.status() + ": "
                    + response.excerpt());
        }
        return response.body().isEmpty() ? JSON.nullNode() : response.json();
    }
}
