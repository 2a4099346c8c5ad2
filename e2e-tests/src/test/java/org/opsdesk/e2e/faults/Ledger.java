package org.opsdesk.e2e.faults;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/** Every request the drill's clients sent, how it ended, and every answer they saw on the way (retries included). */
final class Ledger {

    enum Kind { INCIDENT, SEVERE_INCIDENT, ALERT, STATUS_UPDATE, RESOLVE, SAME_ALERT, SAME_DECLARATION }

    enum Outcome { ACCEPTED, REFUSED, IN_DOUBT, GAVE_UP }

    /**
     * One logical request: {@code token} is written into it, so the databases can be searched for it; {@code history}
     * is every answer its attempts got, with their times (kept for the report of calls not accepted).
     */
    record Call(Kind kind, String token, Outcome outcome, int status, String id, int attempts, long sentAtMillis, String url,
                String history) {
        boolean accepted() {
            return outcome == Outcome.ACCEPTED;
        }
    }

    private final Queue<Call> calls = new ConcurrentLinkedQueue<>();
    private final Map<String, LongAdder> answers = new ConcurrentHashMap<>();
    private final Queue<String> serverErrors = new ConcurrentLinkedQueue<>();
    private final Queue<String> refusals = new ConcurrentLinkedQueue<>();

    void record(Call call) {
        calls.add(call);
    }

    /** One answer (or failure to get one) seen by a client, e.g. "503 with Retry-After", "connection refused". */
    void saw(String answer) {
        answers.computeIfAbsent(answer, k -> new LongAdder()).increment();
    }

    /** A 5xx other than 503 with Retry-After: what came back, for the report. */
    void serverError(String line) {
        if (serverErrors.size() < 50) {
            serverErrors.add(line);
        }
    }

    /** A 4xx: what came back, for the report. */
    void refusal(String line) {
        if (refusals.size() < 20) {
            refusals.add(line);
        }
    }

    List<String> refusals() {
        return List.copyOf(refusals);
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    Map<String, Long> answers() {
        Map<String, Long> copy = new java.util.TreeMap<>();
        answers.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }

    List<String> serverErrors() {
        return List.copyOf(serverErrors);
    }
}
