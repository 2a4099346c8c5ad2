package org.opsdesk.e2e.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opsdesk.e2e.OpsDeskSystem;
import org.opsdesk.e2e.contract.WireContract;

/**
 * Thousands of malformed requests against every operation of the four running services ({@link MalformedRequests},
 * generated from their OpenAPI documents): each must be answered 4xx application/problem+json, none 5xx, and no row
 * of any database may change (compared in the databases themselves, see {@link DatabaseState}).
 */
@ExtendWith(WireContract.class)
class BadInputTest {

    private static final int THREADS = 4;
    /** Every request sent and its answer, for a look after a run. */
    static final Path REPORT = Path.of("target/security/bad-input.txt");

    record Outcome(MalformedRequests.Variant variant, Http.Response response) {

        boolean asRequired() {
            return response.status() >= 400 && response.status() < 500 && response.isProblem();
        }

        @Override
        public String toString() {
            return variant + " → " + response.status() + " " + response.contentType() + " " + response.excerpt();
        }
    }

    @Test
    void everyMalformedRequestIsRefusedWithAProblemAndChangesNothing() throws Exception {
        OpsDeskSystem system = OpsDeskSystem.get();
        Fixture fixture = Fixture.create(system);
        RoleMatrix matrix = RoleMatrix.load();
        List<OpenApi.Operation> operations = OpenApi.operations(system);
        List<MalformedRequests.Variant> variants = variants(fixture, matrix, operations);

        DatabaseState before = DatabaseState.settled(Duration.ofSeconds(90));
        List<Outcome> outcomes = send(variants);
        DatabaseState after = DatabaseState.settled(Duration.ofSeconds(90));

        List<Outcome> wrong = outcomes.stream().filter(o -> !o.asRequired()).toList();
        long gaps = outcomes.stream().filter(o -> o.asRequired() && !o.response().isProblem()).count();
        Map<String, Long> byClass = outcomes.stream().collect(Collectors.groupingBy(o -> o.response().status() / 100 + "xx",
                TreeMap::new, Collectors.counting()));
        Map<Integer, Long> byStatus = outcomes.stream().collect(Collectors.groupingBy(o -> o.response().status(),
                TreeMap::new, Collectors.counting()));
        List<String> changes = before.changesTo(after);
        System.out.printf("bad input: %d requests over %d operations; by class %s; by status %s; %d not 4xx problem+json"
                        + " (%d more without a problem body: chunked bodies over the limit);"
                        + " %d tables compared, %d changed; every answer in %s%n", outcomes.size(), operations.size(), byClass, byStatus, wrong.size(), gaps,
                after.tables.size(), changes.size(), REPORT.toAbsolutePath());
        wrong.forEach(o -> System.out.println("  " + o));
        Files.createDirectories(REPORT.getParent());
        Files.write(REPORT, outcomes.stream().map(Outcome::toString).toList());

        assertThat(outcomes).as("malformed requests sent").hasSizeGreaterThanOrEqualTo(2_000);
        assertThat(wrong).as("answers other than 4xx application/problem+json").isEmpty();
        assertThat(changes).as("tables changed by malformed requests").isEmpty();
    }

    private static List<MalformedRequests.Variant> variants(Fixture fixture, RoleMatrix matrix, List<OpenApi.Operation> operations) {
        MalformedRequests generator = new MalformedRequests(fixture, matrix);
        List<MalformedRequests.Variant> variants = new ArrayList<>();
        Map<String, List<OpenApi.Operation>> byPath = new LinkedHashMap<>();
        for (OpenApi.Operation operation : operations) {
            variants.addAll(generator.of(operation));
            byPath.computeIfAbsent(operation.service() + " " + operation.path(), p -> new ArrayList<>()).add(operation);
        }
        byPath.values().forEach(ops -> variants.addAll(MalformedRequests.wrongMethods(ops, fixture.path(ops.get(0), ""))));
        return variants;
    }

    /** The answer, or status 0 when the connection failed before one came. */
    private static Http.Response answer(MalformedRequests.Variant variant) {
        try {
            return Http.send(variant.request());
        } catch (java.io.UncheckedIOException e) {
            return new Http.Response(0, null, null, "no answer: " + e.getCause());
        }
    }

    private static List<Outcome> send(List<MalformedRequests.Variant> variants) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (MalformedRequests.Variant variant : variants) {
                futures.add(pool.submit(() -> new Outcome(variant, answer(variant))));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
