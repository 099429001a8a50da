package de.kim.cases.reference.api;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.kim.cases.reference.service.MunicipalityReplicaService;
import de.kim.platform.events.contract.regions.MunicipalityState;
import de.kim.platform.problem.Problem;
import de.kim.platform.security.Roles;

/** The municipalities the case-service knows (its replica of kim.regions.v1), read-only. */
@Path("/api/cases/reference/municipalities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Replicas of other services' reference data, read-only")
@RolesAllowed({Roles.CASE_MANAGER, Roles.COORDINATOR, Roles.AUTHORITY_STAFF, Roles.ADMIN, Roles.AGENCY_SYSTEM})
public class MunicipalityReplicaResource {

    private final MunicipalityReplicaService replica;

    MunicipalityReplicaResource(MunicipalityReplicaService replica) {
        this.replica = replica;
    }

    @GET
    @Operation(summary = "List the municipalities cases can be opened in", description = "Case managers, coordinators, authority staff, agency systems and admins.")
    @APIResponse(responseCode = "200", description = "The replicated municipalities, sorted by name")
    public List<MunicipalityState> list() {
        return replica.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one replicated municipality")
    @APIResponse(responseCode = "200", description = "The municipality")
    @APIResponse(responseCode = "404", description = "Not (yet) replicated", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MunicipalityState get(@PathParam("id") UUID id) {
        return replica.get(id);
    }
}
