package org.opsdesk.notification.channels;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import org.opsdesk.notification.application.sending.Outgoing;
import org.opsdesk.notification.config.NotificationConfig;
import org.opsdesk.notification.domain.DeliveryFailure;
import org.opsdesk.platform.text.Text;

/**
 * POSTs JSON to a gateway with the JDK HttpClient: one client for all gateways, URLs chosen per message (webhooks
 * differ per audience), a time limit per request, and the status classified for retries: timeouts, I/O errors,
 * 429 and 5xx are retried; any other 4xx is not.
 */
@ApplicationScoped
public class HttpJson {

    /** The header carrying {@link org.opsdesk.notification.application.Outgoing#idempotencyKey()}, the same on every attempt. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final HttpClient client;
    private final ObjectMapper mapper;
    private final Duration timeout;

    HttpJson(ObjectMapper mapper, NotificationConfig config) {
        this.timeout = config.delivery().timeout();
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
        this.mapper = mapper;
    }

    public void post(String url, Map<String, String> headers, Object body) {
        postRaw(url, headers, json(body));
    }

    /** Posts {@code body}, already JSON, as it is (a signature covers these exact bytes). */
    public void postRaw(String url, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(url)).timeout(timeout)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw DeliveryFailure.retryable("timeout after " + timeout + " calling " + url);
        } catch (IOException e) {
            throw DeliveryFailure.retryable("I/O error calling " + url + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryFailure.retryable("interrupted calling " + url);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        String reason = "HTTP " + status + " from " + url + ": " + Text.clip(response.body(), 300);
        throw status == 429 || status >= 500 ? DeliveryFailure.retryable(reason) : DeliveryFailure.permanent(reason);
    }

    private static URI uri(String url) {
        try {
            return URI.create(url);
        } catch (IllegalArgumentException e) {
            throw DeliveryFailure.permanent("not a valid URL: " + url);
        }
    }

    public String json(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the request body", e);
        }
    }
}
