package org.opsdesk.platform.audit;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;
import org.opsdesk.platform.security.Roles;

/** The change log of this service, read only: no operation writes, changes or deletes it (other methods answer 405). */
@Path("/api/v1/change-log")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Audit", description = "Who changed configuration and reference data of this service, and when")
public class ChangeLogResource {

    private final ChangeLog changeLog;

    ChangeLogResource(ChangeLog changeLog) {
        this.changeLog = changeLog;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY_OFFICER})
    @Operation(operationId = "listChangeLogEntries",
            summary = "Changes of configuration and reference data, newest first; kind and resourceId filter")
    public Page<ChangeLog.Entry> list(@QueryParam("kind") @Size(max = 64) String kind,
                                      @QueryParam("resourceId") @Size(max = 200) String resourceId,
                                      @Valid @BeanParam PageRequest page) {
        return changeLog.page(kind, resourceId, page);
    }
}
