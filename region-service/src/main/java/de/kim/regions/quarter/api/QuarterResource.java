package de.kim.regions.quarter.api;

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
import de.kim.platform.events.contract.regions.QuarterState;
import de.kim.platform.security.Roles;
import de.kim.regions.quarter.service.QuarterService;

@Path("/api/regions/quarters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quarters", description = "Stadtteile and Sozialräume of the municipalities")
@RolesAllowed({Roles.CASE_MANAGER, Roles.COORDINATOR, Roles.AUTHORITY_STAFF, Roles.PROVIDER_STAFF,
        Roles.ANALYST, Roles.DPO, Roles.ADMIN, Roles.AGENCY_SYSTEM})
public class QuarterResource {

    private final QuarterService quarters;

    QuarterResource(QuarterService quarters) {
        this.quarters = quarters;
    }

    @GET
    @Operation(summary = "List quarters", description = "Every role. Filter by sub-region code or municipality; sortable by name, kind.")
    @APIResponse(responseCode = "200", description = "A page of quarters")
    public Page<QuarterState> list(@QueryParam("subregion") String subregion,
            @QueryParam("municipality") UUID municipality, @Valid @BeanParam PageParams page) {
        return quarters.list(subregion, municipality, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a quarter", description = "Every role. The ETag is its version.")
    @APIResponse(responseCode = "200", description = "The quarter", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuarterState.class)))
    public Response get(@PathParam("id") UUID id) {
        return Etags.ok(quarters.get(id));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Add a quarter", description = "Admins, or coordinators of the municipality's sub-region. Published on kim.regions.v1.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuarterState.class)))
    public Response create(@Valid @NotNull QuarterInput input) {
        var created = quarters.create(input);
        return Etags.created(URI.create("/api/regions/quarters/" + created.body().id()), created);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Change a quarter", description = "Admins, or coordinators of its sub-region. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuarterState.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull QuarterInput input) {
        return Etags.ok(quarters.update(id, Etags.requiredVersion(ifMatch), input));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Delete a quarter", description = "Admins, or coordinators of its sub-region; refused while accommodations or contact points refer to it. Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        quarters.delete(id, Etags.requiredVersion(ifMatch));
    }
}
