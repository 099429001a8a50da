package de.kim.regions.staffing.api;

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
import de.kim.platform.events.contract.regions.TeamMemberState;
import de.kim.platform.security.Roles;
import de.kim.regions.staffing.domain.TeamRole;
import de.kim.regions.staffing.service.TeamMemberService;

@Path("/api/regions/team-members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Staffing", description = "Funded posts (Stellen) per municipality and the sub-regions' teams")
@RolesAllowed({Roles.CASE_MANAGER, Roles.COORDINATOR, Roles.AUTHORITY_STAFF, Roles.PROVIDER_STAFF,
        Roles.ANALYST, Roles.DPO, Roles.ADMIN, Roles.AGENCY_SYSTEM})
public class TeamMemberResource {

    private final TeamMemberService teamMembers;

    TeamMemberResource(TeamMemberService teamMembers) {
        this.teamMembers = teamMembers;
    }

    @GET
    @Operation(summary = "List team members", description = "Every role. Filter by sub-region code or role; sortable by displayName, role.")
    @APIResponse(responseCode = "200", description = "A page of team members")
    public Page<TeamMemberState> list(@QueryParam("subregion") String subregion, @QueryParam("role") TeamRole role,
            @Valid @BeanParam PageParams page) {
        return teamMembers.list(subregion, role, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a team member", description = "Every role. The ETag is its version.")
    @APIResponse(responseCode = "200", description = "The team member", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamMemberState.class)))
    public Response get(@PathParam("id") UUID id) {
        return Etags.ok(teamMembers.get(id));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Add a team member", description = "Admins, or coordinators of that sub-region.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamMemberState.class)))
    public Response create(@Valid @NotNull TeamMemberInput input) {
        var created = teamMembers.create(input);
        return Etags.created(URI.create("/api/regions/team-members/" + created.body().id()), created);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Change a team member", description = "Admins, or coordinators of its sub-region (and of the new one when it moves). Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamMemberState.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull TeamMemberInput input) {
        return Etags.ok(teamMembers.update(id, Etags.requiredVersion(ifMatch), input));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Delete a team member", description = "Admins, or coordinators of its sub-region. Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        teamMembers.delete(id, Etags.requiredVersion(ifMatch));
    }
}
