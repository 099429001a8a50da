package de.kim.cases.view.api;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

import de.kim.cases.view.service.AuthorityViews;
import de.kim.cases.view.service.AuthorityViews.ViewEntry;
import de.kim.platform.api.PageParams;
import de.kim.platform.problem.ApiProblem;
import de.kim.platform.security.Claims;
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
    private final SecurityIdentity identity;

    AuthorityViewResource(AuthorityViews views, SecurityIdentity identity) {
        this.views = views;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The authority's cases", description = "Authority staff and agency systems of this authority.")
    @APIResponse(responseCode = "200", description = "The cases with the categories the authority may see")
    public List<ViewEntry> list(@PathParam("authority") String authority, @Valid @BeanParam PageParams page) {
        return views.list(own(authority), page.page, page.size);
    }

    @GET
    @Path("/{caseId}")
    @Operation(summary = "One case as the authority may see it", description = "Not found when the authority does not take part or has no consent in force.")
    @APIResponse(responseCode = "200", description = "The case")
    public ViewEntry get(@PathParam("authority") String authority, @PathParam("caseId") UUID caseId) {
        ViewEntry entry = views.get(own(authority), caseId);
        if (entry == null) {
            throw ApiProblem.notFound("No such case in this view.");
        }
        return entry;
    }

    /** An authority's staff see their own authority's view, no other. */
    private String own(String authority) {
        String claim = Claims.of(identity, Claims.AUTHORITY);
        String asked = authority.toUpperCase(Locale.ROOT);
        if (claim == null || !claim.equals(asked)) {
            throw new ForbiddenException();
        }
        return asked;
    }
}
