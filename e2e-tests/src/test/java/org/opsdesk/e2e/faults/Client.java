package org.opsdesk.e2e.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * The load's HTTP client, behaving as a careful client of the API would: a refused connection or a 503 is retried
 * (after Retry-After, at most a few seconds), as is any 5xx; a request that was sent but got no answer (the service
 * died mid-request) is retried only when it is idempotent (alerts carry their identity; incidents are posted with
 * their token as Idempotency-Key), otherwise it is "in doubt" and the drill looks its token up in the database
 * afterwards.
 */
final class Client {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .version(HttpClient.Version.HTTP_1_1).build();

    private final Ledger ledger;
    private final Duration patience;

    Client(Ledger ledger, Duration patience) {
        this.ledger = ledger;
        this.patience = patience;
    }

    /**
     * POSTs until accepted, refused (4xx) or out of patience; records the call; answers the body of a 2xx, else null.
     * An idempotent request carries its token as Idempotency-Key, so a retry after a lost answer cannot do it twice.
     */
    JsonNode post(Ledger.Kind kind, String token, String url, String authorization, Object body, boolean idempotent) {
        long sentAt = System.currentTimeMillis();
        long deadline = System.nanoTime() + patience.toNanos();
        String json = write(body);
        int attempts = 0;
        int lastStatus = 0;
        History history = new History();
        while (true) {
            attempts++;
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(40)).header("Authorization", authorization)
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json));
                if (idempotent) {
                    request.header("Idempotency-Key", token);
                }
                HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                lastStatus = response.statusCode();
                history.add(lastStatus + response.headers().firstValue("Retry-After").map(s -> " Retry-After " + s).orElse("")
                        + (lastStatus >= 300 ? " " + clip(response.body(), 120) : ""));
                if (lastStatus < 300) {
                    ledger.saw(String.valueOf(lastStatus));
                    JsonNode answer = read(response.body());
                    ledger.record(new Ledger.Call(kind, token, Ledger.Outcome.ACCEPTED, lastStatus, answer.path("id").asText(null),
                            attempts, sentAt, url, history.text()));
                    return answer;
                }
                if (lastStatus < 500 && lastStatus != 429) {
                    ledger.saw(String.valueOf(lastStatus));
                    ledger.refusal(kind + " " + token + " → " + lastStatus + ": " + clip(response.body()));
                    ledger.record(new Ledger.Call(kind, token, Ledger.Outcome.REFUSED, lastStatus, null, attempts, sentAt, url, history.text()));
                    return null;
                }
                Duration wait = serverError(kind, response);
                if (!sleepUntil(deadline, wait)) {
                    ledger.record(new Ledger.Call(kind, token, Ledger.Outcome.GAVE_UP, lastStatus, null, attempts, sentAt, url, history.text()));
                    return null;
                }
            } catch (ConnectException refused) {
                history.add("connection refused");
                ledger.saw("connection refused (retried)");
                if (!sleepUntil(deadline, Duration.ofMillis(500))) {
                    ledger.record(new Ledger.Call(kind, token, Ledger.Outcome.GAVE_UP, lastStatus, null, attempts, sentAt, url, history.text()));
                    return null;
                }
            } catch (IOException noAnswer) {
                history.add(noAnswer.getClass().getSimpleName() + " " + noAnswer.getMessage());
                ledger.saw(noAnswer instanceof HttpTimeoutException ? "no answer within 40 s" : "connection lost mid-request");
                if (!idempotent || !sleepUntil(deadline, Duration.ofMillis(500))) {
                    ledger.record(new Ledger.Call(kind, token, Ledger.Outcome.IN_DOUBT, lastStatus, null, attempts, sentAt, url, history.text()));
                    return null;
                }
            } catch (InterruptedException e) {
                // the load stopped mid-request: the request may have been sent, so the audit looks it up
                Thread.currentThread().interrupt();
                ledger.record(new Ledger.Call(kind, token, Ledger.Outcome.IN_DOUBT, lastStatus, null, attempts, sentAt, url, history.text()));
                return null;
            }
        }
    }

    Ledger ledger() {
        return ledger;
    }

    /** The body of a GET (e.g. {@code /q/metrics}), empty when there is no 200 answer. */
    static String text(String url) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** A PUT for setting the drill up (not counted); fails on anything but 2xx. */
    static void put(String url, String authorization, Object body) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", authorization).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(write(body))).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("PUT " + url + " answered " + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("PUT " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET for the load's own bookkeeping (not counted); null when it fails. */
    static JsonNode get(String url, String authorization) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Authorization", authorization).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? read(response.body()) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Status of a GET, -1 when there is no answer (e.g. {@code /q/health/ready}). */
    static int status(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String clip(String body) {
        return clip(body, 300);
    }

    private static String clip(String body, int length) {
        String text = body == null ? "" : body.replace('\n', ' ');
        return text.length() > length ? text.substring(0, length) + "…" : text;
    }

    /** The answers of one call's attempts, a run of equal ones folded: "04:29:26.1 503 Retry-After 5 (×12, until 04:30:01.0)". */
    private static final class History {
        private final StringBuilder text = new StringBuilder();
        private String last;
        private String lastAt;
        private int repeats;

        void add(String answer) {
            String at = java.time.LocalTime.now(java.time.ZoneOffset.UTC).toString();
            if (answer.equals(last)) {
                repeats++;
                lastAt = at;
                return;
            }
            fold();
            text.append(text.isEmpty() ? "" : "; ").append(at).append(' ').append(answer);
            last = answer;
            repeats = 1;
        }

        private void fold() {
            if (repeats > 1) {
                text.append(" (×").append(repeats).append(", until ").append(lastAt).append(')');
            }
        }

        String text() {
            fold();
            repeats = 0;
            return text.toString();
        }
    }

    /** Records a 5xx or a 429; returns how long to wait before the retry. */
    private Duration serverError(Ledger.Kind kind, HttpResponse<String> response) {
        int status = response.statusCode();
        var retryAfter = response.headers().firstValue("Retry-After");
        String body = response.body() == null ? "" : response.body();
        boolean stackTrace = body.contains("\tat ") || body.matches("(?s).*\\bat [a-z]+\\.[a-z]+\\..*\\(.*\\.java:[0-9]+\\).*");
        if ((status == 503 || status == 429) && retryAfter.isPresent()) {
            ledger.saw(status + " with Retry-After");
        } else {
            String answer = status + (stackTrace ? " with a stack trace" : "") + (status == 503 || status == 429 ? " without Retry-After" : "");
            ledger.saw(answer);
            ledger.serverError(java.time.Instant.now() + " " + kind + " → " + answer + ": " + clip(body));
        }
        long seconds = retryAfter.map(Client::seconds).orElse(1L);
        return Duration.ofSeconds(Math.max(1, Math.min(5, seconds)));
    }

    private static long seconds(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static boolean sleepUntil(long deadline, Duration wait) {
        if (System.nanoTime() + wait.toNanos() > deadline) {
            return false;
        }
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static JsonNode read(String body) {
        try {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
