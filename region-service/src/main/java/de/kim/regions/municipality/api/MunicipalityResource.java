package de.kim.regions.municipality.api;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import de.kim.platform.api.Etags;
import de.kim.platform.api.Page;
import de.kim.platform.api.PageParams;
import de.kim.platform.events.contract.regions.MunicipalityState;
import de.kim.platform.security.Roles;
import de.kim.regions.municipality.service.MunicipalityService;

@Path("/api/regions/municipalities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Municipalities", description = "Kommunen of the district with their official key (AGS)")
@RolesAllowed({Roles.CASE_MANAGER, Roles.COORDINATOR, Roles.AUTHORITY_STAFF, Roles.PROVIDER_STAFF,
        Roles.ANALYST, Roles.DPO, Roles.ADMIN, Roles.AGENCY_SYSTEM})
public class MunicipalityResource {

    private final MunicipalityService municipalities;

    MunicipalityResource(MunicipalityService municipalities) {
        this.municipalities = municipalities;
    }

    @GET
    @Operation(summary = "List municipalities", description = "Every role. Filter by sub-region code; sortable by name, ags.")
    @APIResponse(responseCode = "200", description = "A page of municipalities")
    public Page<MunicipalityState> list(@QueryParam("subregion") String subregion, @Valid @BeanParam PageParams page) {
        return municipalities.list(subregion, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a municipality", description = "Every role. The ETag is its version.")
    @APIResponse(responseCode = "200", description = "The municipality", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MunicipalityState.class)))
    public Response get(@PathParam("id") UUID id) {
        return Etags.ok(municipalities.get(id));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Register a municipality", description = "Admins, or coordinators for their own sub-region. Published on kim.regions.v1.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MunicipalityState.class)))
    public Response create(@Valid @NotNull MunicipalityInput input) {
        var created = municipalities.create(input);
        return Etags.created(URI.create("/api/regions/municipalities/" + created.body().id()), created);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Change a municipality", description = "Admins, or coordinators of its sub-region (and of the new one when it moves). Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MunicipalityState.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull MunicipalityInput input) {
        return Etags.ok(municipalities.update(id, Etags.requiredVersion(ifMatch), input));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Delete a municipality", description = "Admins, or coordinators of its sub-region; refused while quarters, accommodations, contact points or posts refer to it. Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        municipalities.delete(id, Etags.requiredVersion(ifMatch));
    }
}
