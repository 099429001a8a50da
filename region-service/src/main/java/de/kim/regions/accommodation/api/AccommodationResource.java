package de.kim.regions.accommodation.api;

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
import de.kim.platform.events.contract.regions.AccommodationState;
import de.kim.platform.security.Roles;
import de.kim.regions.accommodation.service.AccommodationService;

@Path("/api/regions/accommodations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accommodations", description = "Unterkünfte with at most 48 places")
@RolesAllowed({Roles.CASE_MANAGER, Roles.COORDINATOR, Roles.AUTHORITY_STAFF, Roles.PROVIDER_STAFF,
        Roles.ANALYST, Roles.DPO, Roles.ADMIN, Roles.AGENCY_SYSTEM})
public class AccommodationResource {

    private final AccommodationService accommodations;

    AccommodationResource(AccommodationService accommodations) {
        this.accommodations = accommodations;
    }

    @GET
    @Operation(summary = "List accommodations", description = "Every role. Filter by sub-region code, municipality or quarter; sortable by name, capacity, occupancy.")
    @APIResponse(responseCode = "200", description = "A page of accommodations")
    public Page<AccommodationState> list(@QueryParam("subregion") String subregion,
            @QueryParam("municipality") UUID municipality, @QueryParam("quarter") UUID quarter,
            @Valid @BeanParam PageParams page) {
        return accommodations.list(subregion, municipality, quarter, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a accommodation", description = "Every role. The ETag is its version.")
    @APIResponse(responseCode = "200", description = "The accommodation", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccommodationState.class)))
    public Response get(@PathParam("id") UUID id) {
        return Etags.ok(accommodations.get(id));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Add a accommodation", description = "Admins, or coordinators of the municipality's sub-region. Capacity 1 to 48, occupancy at most the capacity.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccommodationState.class)))
    public Response create(@Valid @NotNull AccommodationInput input) {
        var created = accommodations.create(input);
        return Etags.created(URI.create("/api/regions/accommodations/" + created.body().id()), created);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Change a accommodation", description = "Admins, or coordinators of its sub-region. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccommodationState.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AccommodationInput input) {
        return Etags.ok(accommodations.update(id, Etags.requiredVersion(ifMatch), input));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Delete a accommodation", description = "Admins, or coordinators of its sub-region. Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        accommodations.delete(id, Etags.requiredVersion(ifMatch));
    }
}
