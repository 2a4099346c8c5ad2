package org.opsdesk.major.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opsdesk.major.application.CoordinationService;
import org.opsdesk.major.application.RecoveryService;
import org.opsdesk.major.domain.Objective;
import org.opsdesk.platform.errors.InvalidFieldException;
import org.opsdesk.platform.errors.ResourceNotFoundException;

/** Coordination of the response: bridge and EOC (MI-4), recovery objectives (MI-6), disaster (MI-8). */
@Path("/api/v1/major-incidents/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Response", description = "Bridge, emergency operations center, recovery objectives, disaster escalation")
public class ResponseResource {

    private final CoordinationService coordination;
    private final RecoveryService recovery;
    private final Callers callers;

    ResponseResource(CoordinationService coordination, RecoveryService recovery, Callers callers) {
        this.coordination = coordination;
        this.recovery = recovery;
        this.callers = callers;
    }

    /** Every field is optional: the configured conference call number is the default. */
    public record OpenBridge(@Size(max = 50) String dialIn, @Size(max = 50) String accessCode, @Size(max = 500) String url) {
    }

    public record ActivateEoc(@Size(max = 300) String location) {
    }

    /** ISO-8601 durations, e.g. {@code PT4H}. */
    public record Objectives(@NotNull Duration rto, @NotNull Duration rpo) {
    }

    public record DisasterRisk(@NotBlank @Size(max = 2000) String assessment) {
    }

    public record DeclareDisaster(@NotBlank @Size(max = 2000) String reason) {
    }

    @POST
    @Path("bridge")
    @RolesAllowed(Access.RESPONDERS)
    @Operation(operationId = "openBridge", summary = "Open the conference bridge (default number from configuration)")
    public MajorIncidentView openBridge(@PathParam("id") UUID id, @RequestBody(required = false) @Valid OpenBridge request) {
        OpenBridge details = request != null ? request : new OpenBridge(null, null, null);
        return MajorIncidentView.of(coordination.openBridge(id, details.dialIn(), details.accessCode(), details.url(), callers.current()));
    }

    @POST
    @Path("eoc")
    @RolesAllowed(Access.RESPONDERS)
    @Operation(operationId = "activateEoc",
            summary = "Record activation of the emergency operations center (default location from configuration)")
    public MajorIncidentView activateEoc(@PathParam("id") UUID id, @RequestBody(required = false) @Valid ActivateEoc request) {
        return MajorIncidentView.of(coordination.activateEoc(id, request != null ? request.location() : null, callers.current()));
    }

    @PUT
    @Path("recovery-objectives")
    @RolesAllowed(Access.RESPONDERS)
    @Operation(operationId = "setRecoveryObjectives",
            summary = "Set RTO and RPO (durations from the start of the major incident)")
    public MajorIncidentView setObjectives(@PathParam("id") UUID id, @Valid @NotNull Objectives request) {
        requirePositive("rto", request.rto());
        requirePositive("rpo", request.rpo());
        return MajorIncidentView.of(recovery.setObjectives(id, request.rto(), request.rpo(), callers.current()));
    }

    @POST
    @Path("recovery-objectives/{objective}/met")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Access.RESPONDERS)
    @Operation(operationId = "markRecoveryObjectiveMet", summary = "Record that the RTO or the RPO is met")
    public MajorIncidentView objectiveMet(@PathParam("id") UUID id, @PathParam("objective") String objective) {
        return MajorIncidentView.of(recovery.markMet(id, objective(objective), callers.current()));
    }

    @POST
    @Authenticated
    @Path("disaster-risk")
    @Operation(operationId = "flagDisasterRisk",
            summary = "Tell the CIO the major incident may have reached disaster level (configured reporters)")
    public MajorIncidentView disasterRisk(@PathParam("id") UUID id, @Valid @NotNull DisasterRisk request) {
        return MajorIncidentView.of(coordination.reportDisasterRisk(id, request.assessment(), callers.current()));
    }

    @POST
    @Authenticated
    @Path("disaster")
    @Operation(operationId = "declareDisaster", summary = "Declare a disaster and start disaster recovery (CIO only)")
    public MajorIncidentView declareDisaster(@PathParam("id") UUID id, @Valid @NotNull DeclareDisaster request) {
        return MajorIncidentView.of(coordination.declareDisaster(id, request.reason(), callers.current()));
    }

    private static void requirePositive(String field, Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new InvalidFieldException(field, "must be a positive duration");
        }
    }

    private static Objective objective(String name) {
        try {
            return Objective.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResourceNotFoundException("recovery objective", name);
        }
    }
}
