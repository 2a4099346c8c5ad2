package org.opsdesk.major.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The fallback chain of duty roles that lead a major incident (MI-2: 000 §5.8, 002 §IV.E/G): the first role with
 * someone on duty provides the Major Incident Coordinator.
 */
public record CoordinatorChain(List<String> dutyRoles) {

    /** Who leads, and from which duty role. */
    public record Assignment(Person person, String dutyRole) {
    }

    public CoordinatorChain {
        dutyRoles = List.copyOf(dutyRoles);
    }

    public Optional<Assignment> firstOnDuty(Function<String, Optional<Person>> onDuty) {
        for (String role : dutyRoles) {
            Optional<Person> person = onDuty.apply(role);
            if (person.isPresent()) {
                return Optional.of(new Assignment(person.get(), role));
            }
        }
        return Optional.empty();
    }

    public String describe() {
        return String.join(" → ", dutyRoles);
    }
}
