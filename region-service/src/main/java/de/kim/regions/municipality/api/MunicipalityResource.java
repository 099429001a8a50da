package de.kim.regions.municipality.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.kim.platform.events.contract.regions.MunicipalityState;
import de.kim.platform.problem.Problem;
import de.kim.platform.security.Roles;
import de.kim.regions.municipality.domain.Subregion;
import de.kim.regions.municipality.service.MunicipalityService;

@Path("/api/regions/municipalities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Municipalities", description = "Kommunen of the district with their official key (AGS)")
public class MunicipalityResource {

    private final MunicipalityService municipalities;

    MunicipalityResource(MunicipalityService municipalities) {
        this.municipalities = municipalities;
    }

    @GET
    @RolesAllowed({Roles.CASE_MANAGER, Roles.COORDINATOR, Roles.AUTHORITY_STAFF, Roles.PROVIDER_STAFF, Roles.ANALYST,
            Roles.DPO, Roles.ADMIN, Roles.AGENCY_SYSTEM})
    @Operation(summary = "List municipalities", description = "Reference data, readable by every role; sorted by name.")
    @APIResponse(responseCode = "200", description = "The municipalities")
    public List<MunicipalityState> list(@QueryParam("subregion") Subregion subregion) {
        return municipalities.list(subregion);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CASE_MANAGER, Roles.COORDINATOR, Roles.AUTHORITY_STAFF, Roles.PROVIDER_STAFF, Roles.ANALYST,
            Roles.DPO, Roles.ADMIN, Roles.AGENCY_SYSTEM})
    @Operation(summary = "Get one municipality")
    @APIResponse(responseCode = "200", description = "The municipality")
    @APIResponse(responseCode = "404", description = "Unknown id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MunicipalityState get(@PathParam("id") UUID id) {
        return municipalities.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Register a municipality", description = "Admins only: municipalities are official reference data. Published on kim.regions.v1.")
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "AGS already registered", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@Valid @NotNull RegisterMunicipality request) {
        MunicipalityState created = municipalities.register(request.ags(), request.name(), request.subregion());
        return Response.created(URI.create("/api/regions/municipalities/" + created.id())).entity(created).build();
    }
}
