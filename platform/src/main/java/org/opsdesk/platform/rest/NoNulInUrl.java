package org.opsdesk.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A NUL character (%00) in the path or the query is refused with 400 before any resource sees it: no id, key or
 * filter holds one, and PostgreSQL refuses it in a query parameter (which would be a 500).
 */
public class NoNulInUrl {

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseNul(UriInfo uri) {
        boolean nul = uri.getPath().indexOf('\0') >= 0 || uri.getQueryParameters().values().stream()
                .flatMap(List::stream).anyMatch(value -> value.indexOf('\0') >= 0);
        return nul ? Optional.of(Problem.of(400, "Invalid request", "the URL holds a NUL character (%00)").toResponse())
                : Optional.empty();
    }
}
