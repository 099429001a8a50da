package de.kim.regions.contactpoint.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.NoCache;

import de.kim.platform.api.Etags;
import de.kim.platform.api.Moments;
import de.kim.platform.api.Page;
import de.kim.platform.api.PageParams;
import de.kim.platform.events.contract.regions.ContactPointState;
import de.kim.platform.security.Roles;
import de.kim.regions.contactpoint.service.ContactPointService;

/** Contact points are public information for newcomers: reading needs no token, writing does. */
@Path("/api/regions/contact-points")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contact points", description = "Anlaufstellen with office hours and languages; public to read")
public class ContactPointResource {

    private final ContactPointService contactPoints;

    ContactPointResource(ContactPointService contactPoints) {
        this.contactPoints = contactPoints;
    }

    @GET
    @PermitAll
    @NoCache // public, but admins edit it: a browser may keep it only to ask again
    @Operation(summary = "List contact points", description = "Public, no token needed. Filter by sub-region code, municipality or quarter; sortable by name.")
    @APIResponse(responseCode = "200", description = "A page of contact points")
    public Page<ContactPointState> list(@QueryParam("subregion") String subregion,
            @QueryParam("municipality") UUID municipality, @QueryParam("quarter") UUID quarter,
            @Valid @BeanParam PageParams page) {
        return contactPoints.list(subregion, municipality, quarter, page);
    }

    @GET
    @Path("/open")
    @PermitAll
    @NoCache // public, but admins edit it: a browser may keep it only to ask again
    @Operation(summary = "Contact points open at a time", description = "Public. Office hours are local times in Germany (Europe/Berlin).")
    @APIResponse(responseCode = "200", description = "The contact points open then, with the current opening")
    public List<OpenContactPoint> open(
            @Parameter(description = "ISO 8601 date-time with offset, e.g. 2027-03-29T15:30+02:00; default now") @QueryParam("at") String at) {
        return contactPoints.openAt(Moments.parseOrNow("at", at));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @NoCache // public, but admins edit it: a browser may keep it only to ask again
    @Operation(summary = "Get a contact point", description = "Public. The ETag is its version.")
    @APIResponse(responseCode = "200", description = "The contact point", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactPointState.class)))
    public Response get(@PathParam("id") UUID id) {
        return Etags.ok(contactPoints.get(id));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Add a contact point", description = "Admins, or coordinators of the municipality's sub-region.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactPointState.class)))
    public Response create(@Valid @NotNull ContactPointInput input) {
        var created = contactPoints.create(input);
        return Etags.created(URI.create("/api/regions/contact-points/" + created.body().id()), created);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Change a contact point", description = "Admins, or coordinators of its sub-region. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactPointState.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ContactPointInput input) {
        return Etags.ok(contactPoints.update(id, Etags.requiredVersion(ifMatch), input));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Delete a contact point", description = "Admins, or coordinators of its sub-region. Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        contactPoints.delete(id, Etags.requiredVersion(ifMatch));
    }
}
