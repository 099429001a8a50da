package de.kim.cases.view.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.kim.cases.view.service.ViewConsistency;
import de.kim.cases.view.service.ViewRebuild;
import de.kim.platform.security.Roles;

/** Operating the authority views: are they consistent with the cases, and rebuilding them from the topic. */
@Path("/api/views")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "View operations", description = "Consistency of the authority views with the cases, and their rebuild")
@RolesAllowed(Roles.ADMIN)
public class ViewOperationsResource {

    private final ViewConsistency consistency;
    private final ViewRebuild rebuild;

    ViewOperationsResource(ViewConsistency consistency, ViewRebuild rebuild) {
        this.consistency = consistency;
        this.rebuild = rebuild;
    }

    @GET
    @Path("/consistency")
    @Operation(summary = "Compare the views with the cases", description = "Admins only. Per view: entries, cases behind (lag, catching up) and cases drifted (wrong, missing or superfluous at the current version); overall the projector's consumer lag. Case ids only, no personal data.")
    @APIResponse(responseCode = "200", description = "The report")
    public ViewConsistency.Report check() {
        return consistency.check();
    }

    @POST
    @Path("/rebuild")
    @Operation(summary = "Rebuild all views from kim.cases.v1", description = "Admins only. Replays the topic into fresh views in one transaction (readers see the old views until it commits) and publishes what differs on the view topics.")
    @APIResponse(responseCode = "200", description = "What the rebuild read and changed")
    public ViewRebuild.RebuildReport rebuild() {
        return rebuild.rebuild();
    }
}
