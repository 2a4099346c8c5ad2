package org.opsdesk.incident.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A test-only endpoint that forgets to declare its access: with quarkus.security.jaxrs.deny-unannotated-endpoints it
 * must be refused to everyone (IncidentResourceTest), never public.
 */
@Path(UnannotatedResource.PATH)
public class UnannotatedResource {

    static final String PATH = "/api/v1/test-only/unannotated";

    @GET
    @Operation(hidden = true)
    public String forgotten() {
        return "public by mistake";
    }
}
