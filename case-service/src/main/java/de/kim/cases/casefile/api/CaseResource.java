package de.kim.cases.casefile.api;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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

import de.kim.cases.casefile.domain.CasePhase;
import de.kim.cases.casefile.service.CaseService;
import de.kim.platform.api.Etags;
import de.kim.platform.api.Page;
import de.kim.platform.api.PageParams;
import de.kim.platform.events.contract.cases.CaseState;
import de.kim.platform.security.Roles;

@Path("/api/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Fälle of the caller's sub-region, with their household")
@RolesAllowed({Roles.CASE_MANAGER, Roles.COORDINATOR})
public class CaseResource {

    private final CaseService cases;

    CaseResource(CaseService cases) {
        this.cases = cases;
    }

    @GET
    @Operation(summary = "List the sub-region's cases", description = "Case managers and coordinators of the sub-region (token claim). Sortable by number, openedAt, nextReview, priority.")
    @APIResponse(responseCode = "200", description = "A page of cases")
    public Page<CaseState> list(@QueryParam("phase") CasePhase phase, @Valid @BeanParam PageParams page) {
        return cases.list(phase, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a case", description = "Case managers and coordinators of its sub-region; for anyone else it does not exist (404). The ETag is its version.")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseState.class)))
    public Response get(@PathParam("id") UUID id) {
        return Etags.ok(cases.get(id));
    }

    @POST
    @Operation(summary = "Open a case", description = "In a municipality of the caller's sub-region; numbered KIM-{SUBREGION}-{YEAR}-{NNNNNN} without gaps. Published on kim.cases.v1.")
    @APIResponse(responseCode = "201", description = "Opened", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseState.class)))
    public Response open(@Valid @NotNull CaseInput input) {
        var opened = cases.open(input);
        return Etags.created(URI.create("/api/cases/" + opened.body().id()), opened);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change a case", description = "Phase, priority, review date, case manager, household. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseState.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CaseInput input) {
        return Etags.ok(cases.update(id, Etags.requiredVersion(ifMatch), input));
    }
}
