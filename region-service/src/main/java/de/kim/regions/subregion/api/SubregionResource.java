package de.kim.regions.subregion.api;

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
import de.kim.platform.events.contract.regions.SubregionState;
import de.kim.platform.security.Roles;
import de.kim.regions.subregion.service.SubregionService;

@Path("/api/regions/subregions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sub-regions", description = "Teilregionen of the district")
@RolesAllowed({Roles.CASE_MANAGER, Roles.COORDINATOR, Roles.AUTHORITY_STAFF, Roles.PROVIDER_STAFF,
        Roles.ANALYST, Roles.DPO, Roles.ADMIN, Roles.AGENCY_SYSTEM})
public class SubregionResource {

    private final SubregionService subregions;

    SubregionResource(SubregionService subregions) {
        this.subregions = subregions;
    }

    @GET
    @Operation(summary = "List sub-regions", description = "Every role. Sortable by code, name.")
    @APIResponse(responseCode = "200", description = "A page of sub-regions")
    public Page<SubregionState> list(@Valid @BeanParam PageParams page) {
        return subregions.list(page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a sub-region", description = "Every role. The ETag is its version.")
    @APIResponse(responseCode = "200", description = "The sub-region", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubregionState.class)))
    public Response get(@PathParam("id") UUID id) {
        return Etags.ok(subregions.get(id));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a sub-region", description = "Admins only. Published on kim.regions.v1.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubregionState.class)))
    public Response create(@Valid @NotNull SubregionInput input) {
        var created = subregions.create(input);
        return Etags.created(URI.create("/api/regions/subregions/" + created.body().id()), created);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Rename a sub-region", description = "Admins, or coordinators of this sub-region; the code cannot change. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Renamed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubregionState.class)))
    public Response rename(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull SubregionInput input) {
        return Etags.ok(subregions.update(id, Etags.requiredVersion(ifMatch), input));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a sub-region", description = "Admins only; refused while municipalities or team members refer to it. Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        subregions.delete(id, Etags.requiredVersion(ifMatch));
    }
}
