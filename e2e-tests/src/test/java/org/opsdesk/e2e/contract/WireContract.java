package org.opsdesk.e2e.contract;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opsdesk.e2e.OpsDeskSystem;

/**
 * Proof (1) of issue 14: every request and answer of a suite annotated {@code @ExtendWith(WireContract.class)} is
 * validated against the live {@code /q/openapi} document of the service that answered ({@link OpenApiValidator});
 * the suite fails at its end when any did not hold, naming operation, status and what broke.
 *
 * <p>Both ways the suites speak HTTP are observed: RestAssured (a filter) and the security suites' client
 * ({@code Http}, which calls {@link #observe}). Traffic to anything but the four services (sinks) is ignored.
 */
public final class WireContract implements BeforeAllCallback, AfterAllCallback {

    private static final Filter FILTER = new RestAssuredObserver();
    private static final Map<String, OpenApiValidator> VALIDATORS = new ConcurrentHashMap<>();
    /** "service METHOD /template → status" → its distinct violations; null while no suite observes. */
    private static volatile Map<String, List<String>> violations;
    private static final AtomicInteger exchanges = new AtomicInteger();
    private static final Map<String, Boolean> operations = new ConcurrentHashMap<>();
    private static OpsDeskSystem system;

    @Override
    public void beforeAll(ExtensionContext context) {
        system = OpsDeskSystem.get();
        violations = new ConcurrentHashMap<>();
        exchanges.set(0);
        operations.clear();
        if (!RestAssured.filters().contains(FILTER)) {
            RestAssured.filters(FILTER);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Map<String, List<String>> found = new TreeMap<>(violations);
        violations = null;
        RestAssured.replaceFiltersWith(RestAssured.filters().stream().filter(f -> f != FILTER).toList());
        int count = found.values().stream().mapToInt(List::size).sum();
        System.out.printf("wire contract (%s): %d exchanges over %d operations validated against the live OpenAPI documents; "
                + "%d violations in %d operations%n", context.getDisplayName(), exchanges.get(), operations.size(), count, found.size());
        if (!found.isEmpty()) {
            String report = found.entrySet().stream()
                    .map(e -> e.getKey() + "\n" + e.getValue().stream().map(v -> "    " + v).collect(Collectors.joining("\n")))
                    .collect(Collectors.joining("\n"));
            System.out.println(report);
            throw new AssertionError(count + " violations of the served OpenAPI documents in " + found.size()
                    + " operations (service METHOD path → status):\n" + report);
        }
    }

    /** One exchange with a service of the system; a no-op unless a suite observes. */
    public static void observe(String method, URI uri, Map<String, String> requestHeaders, byte[] requestBody, int status,
                               Map<String, String> responseHeaders, byte[] responseBody) {
        Map<String, List<String>> sink = violations;
        String service = sink == null ? null : serviceAt(uri);
        if (service == null || uri.getRawPath().startsWith("/q/")) {
            return;
        }
        OpenApiValidator.Outcome outcome = validator(service).validate(new OpenApiValidator.Exchange(method, uri.getRawPath(),
                uri.getRawQuery(), requestHeaders, requestBody, status, responseHeaders, responseBody));
        exchanges.incrementAndGet();
        operations.put(service + " " + outcome.operation(), true);
        for (String violation : outcome.violations()) {
            List<String> list = sink.computeIfAbsent(service + " " + outcome.operation() + " → " + status, k -> new ArrayList<>());
            synchronized (list) {
                if (!list.contains(violation) && list.size() < 10) {
                    list.add(violation);
                }
            }
        }
    }

    private static String serviceAt(URI uri) {
        String origin = uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
        return OpsDeskSystem.SERVICES.stream().filter(s -> system.url(s).equals(origin)).findFirst().orElse(null);
    }

    private static OpenApiValidator validator(String service) {
        return VALIDATORS.computeIfAbsent(service, s -> new OpenApiValidator(document(system.url(s), "json")));
    }

    /** The document the service serves now, as json or yaml. */
    static String document(String baseUrl, String format) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/openapi?format=" + format))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException(baseUrl + "/q/openapi answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** RestAssured's side: the request as sent (its body serialised) and the answer. */
    private static final class RestAssuredObserver implements Filter {
        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification spec, FilterContext ctx) {
            Response response = ctx.next(request, spec);
            Map<String, String> requestHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            request.getHeaders().forEach(h -> requestHeaders.put(h.getName(), h.getValue()));
            if (request.getContentType() != null) {
                requestHeaders.put("Content-Type", request.getContentType());
            }
            Map<String, String> responseHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            response.getHeaders().forEach(h -> responseHeaders.put(h.getName(), h.getValue()));
            Object body = request.getBody();
            byte[] sent = body == null ? null : body instanceof byte[] bytes ? bytes : body.toString().getBytes(StandardCharsets.UTF_8);
            observe(request.getMethod(), URI.create(request.getURI()), requestHeaders, sent, response.getStatusCode(), responseHeaders,
                    response.asByteArray());
            return response;
        }
    }
}
