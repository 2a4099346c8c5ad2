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
}
