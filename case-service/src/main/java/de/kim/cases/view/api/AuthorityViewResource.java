package de.kim.cases.view.api;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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

import de.kim.cases.common.CallerAuthority;
import de.kim.cases.view.service.AuthorityViews;
import de.kim.platform.api.Etags;
import de.kim.platform.api.PageParams;
import de.kim.platform.api.Versioned;
import de.kim.platform.events.contract.views.ViewCase;
import de.kim.platform.problem.ApiProblem;
import de.kim.platform.security.Roles;

/**
 * An authority's view of the cases it takes part in, with only the data categories its consent
 * covers. Staff and agency systems of that authority only (token claim {@code authority}).
 */
@Path("/api/views/{authority}/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authority views", description = "What each authority may see of the cases it takes part in")
@RolesAllowed({Roles.AUTHORITY_STAFF, Roles.AGENCY_SYSTEM})
public class AuthorityViewResource {

    private final AuthorityViews views;
    private final CallerAuthority caller;

    AuthorityViewResource(AuthorityViews views, CallerAuthority caller) {
        this.views = views;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The authority's cases", description = "Authority staff and agency systems of this authority. Newest in the view first (the case that was shared last on top).")
    @APIResponse(responseCode = "200", description = "The cases with the categories the authority may see")
    public List<ViewCase> list(@PathParam("authority") String authority, @Valid @BeanParam PageParams page) {
        return views.list(caller.require(authority), page.page, page.size);
    }

    @GET
    @Path("/{caseId}")
    @Operation(summary = "One case as the authority may see it", description = "Not found when the authority does not take part or has no consent in force.")
    @APIResponse(responseCode = "200", description = "The case; the ETag is its case version (If-Match for the authority's notes)", content = @Content(schema = @Schema(implementation = ViewCase.class)))
    public Response get(@PathParam("authority") String authority, @PathParam("caseId") UUID caseId) {
        ViewCase entry = views.get(caller.require(authority), caseId);
        if (entry == null) {
            throw ApiProblem.notFound("No such case in this view.");
        }
        return Etags.ok(new Versioned<>(entry, entry.caseVersion()));
    }
}
