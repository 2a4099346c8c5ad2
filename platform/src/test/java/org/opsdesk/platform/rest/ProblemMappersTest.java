package org.opsdesk.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.executable.ExecutableValidator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opsdesk.platform.errors.ConflictException;
import org.opsdesk.platform.errors.IllegalTransitionException;
import org.opsdesk.platform.errors.ResourceNotFoundException;
import org.opsdesk.platform.errors.StaleVersionException;

class ProblemMappersTest {

    public record Audience(@NotBlank String channel) {
    }

    public record Plan(@NotNull String cadence, List<@Valid Audience> audiences, List<@NotBlank String> serviceIds) {
    }

    public static class Resource {
        public void put(@Valid @NotNull Plan plan, @NotBlank String key) {
        }
    }

    @Test
    void invalidParamsNameTheFieldAsItStandsInTheJsonBody() throws Exception {
        ExecutableValidator validator = Validation.buildDefaultValidatorFactory().getValidator().forExecutables();
        var method = Resource.class.getMethod("put", Plan.class, String.class);
        var violations = validator.validateParameters(new Resource(), method, new Object[] {
                new Plan(null, List.of(new Audience("EMAIL"), new Audience(" ")), List.of("payroll", "")), ""});

        var problem = (Problem) new ProblemMappers().invalid(new ConstraintViolationException(violations)).getEntity();

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.invalidParams()).extracting(Problem.InvalidParam::name)
                .containsExactly("audiences[1].channel", "cadence", "key", "serviceIds[1]");
    }

    @Test
    void aLostDatabaseIsA503WithRetryAfterAndOtherFailuresA500WithoutDetails() {
        var lost = new jakarta.persistence.PersistenceException(new java.sql.SQLException("connection refused", "08001"));
        var starting = new RuntimeException(new java.sql.SQLException("the database system is starting up", "57P03"));
        var poolTimeout = new RuntimeException(new java.sql.SQLTransientConnectionException("Acquisition timeout"));
        var mappers = new ProblemMappers();

        for (Throwable unavailable : List.of(lost, starting, poolTimeout)) {
            var response = mappers.unexpected(unavailable);
            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
            assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        }
        var failure = mappers.unexpected(new RuntimeException(new IllegalStateException("internal detail")));
        assertThat(failure.getStatus()).isEqualTo(500);
        assertThat(((Problem) failure.getEntity()).detail()).doesNotContain("internal detail");
    }

    @Test
    void aConcurrentChangeCaughtAtCommitIsA409() {
        var mappers = new ProblemMappers();
        var duplicate = new jakarta.transaction.RollbackException("commit failed");
        duplicate.initCause(new jakarta.persistence.PersistenceException(new java.sql.SQLException("duplicate key value", "23505")));
        var version = new jakarta.transaction.RollbackException("commit failed");
        version.initCause(new jakarta.persistence.OptimisticLockException("row was updated by another transaction"));

        for (Exception conflict : List.of(duplicate, version)) {
            var response = mappers.unexpected(conflict);
            assertThat(response.getStatus()).isEqualTo(409);
            assertThat(((Problem) response.getEntity()).detail()).doesNotContain("duplicate key", "another transaction");
        }
    }

    @Test
    void eachKindOfProblemHasItsOwnTypeAndAStaleIfMatchIs412() {
        var mappers = new ProblemMappers();
        var transition = (Problem) mappers.illegalTransition(new IllegalTransitionException("resolve", "NEW", List.of("assign"))).getEntity();
        var conflict = (Problem) mappers.conflict(new ConflictException("already linked")).getEntity();
        var stale = mappers.stale(new StaleVersionException("review", 3, 2));
        var missing = (Problem) mappers.notFound(new ResourceNotFoundException("incident", "x")).getEntity();

        assertThat(transition.status()).isEqualTo(409);
        assertThat(transition.type()).isEqualTo("https://opsdesk.local/problems/illegal-transition");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.type()).isEqualTo("https://opsdesk.local/problems/conflict");
        assertThat(stale.getStatus()).isEqualTo(412);
        assertThat(((Problem) stale.getEntity()).type()).isEqualTo("https://opsdesk.local/problems/stale-version");
        assertThat(((Problem) stale.getEntity()).context()).containsEntry("currentVersion", 3L);
        assertThat(missing.type()).isEqualTo("https://opsdesk.local/problems/not-found");
        assertThat(((Problem) mappers.unexpected(new RuntimeException(new java.sql.SQLException("gone", "08006"))).getEntity()).type())
                .isEqualTo("https://opsdesk.local/problems/unavailable");
        assertThat(Problem.of(405, "Method Not Allowed", "no").type()).isEqualTo("about:blank");
    }
}
