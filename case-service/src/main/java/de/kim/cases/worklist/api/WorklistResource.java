package de.kim.cases.worklist.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.kim.cases.worklist.service.Worklist;
import de.kim.cases.worklist.service.Worklist.Scope;
import de.kim.cases.worklist.service.WorklistItem;
import de.kim.platform.security.Roles;

/** "Keiner darf verloren gehen": the caller's cases, those at risk first. */
@Path("/api/cases/worklist")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Worklist", description = "The caller's cases ordered by urgency, with the reasons")
@RolesAllowed({Roles.CASE_MANAGER, Roles.COORDINATOR})
public class WorklistResource {

    private final Worklist worklist;

    WorklistResource(Worklist worklist) {
        this.worklist = worklist;
    }

    @GET
    @Operation(summary = "My worklist", description = "Open cases of the caller (scope MINE) or, for coordinators, of their sub-region (SUBREGION), most urgent first. Flags: INACTIVE (no activity for inactiveDays), ENDED_WITHOUT_FOLLOW_UP, RESIDENCE_EXPIRING (within 60 days or expired), REFERRAL_OVERDUE, REVIEW_OVERDUE.")
    @APIResponse(responseCode = "200", description = "The cases with their flags")
    public List<WorklistItem> worklist(
            @Parameter(description = "MINE (default) or SUBREGION (coordinators)") @QueryParam("scope") @DefaultValue("MINE") Scope scope,
            @Parameter(description = "Days without activity after which a case is flagged; default 30") @QueryParam("inactiveDays") @DefaultValue("30") @Min(1) @Max(3650) int inactiveDays) {
        return worklist.of(scope, inactiveDays);
    }
}
