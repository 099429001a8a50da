package de.kim.cases.worklist.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
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

import de.kim.cases.casefile.domain.CasePhase;
import de.kim.cases.casefile.domain.Priority;
import de.kim.cases.worklist.service.Worklist;
import de.kim.cases.worklist.service.Worklist.Scope;
import de.kim.cases.worklist.service.WorklistItem;
import de.kim.cases.worklist.service.WorklistItem.Flag;
import de.kim.cases.worklist.service.WorklistQuery;
import de.kim.platform.api.Page;
import de.kim.platform.security.Roles;

/** "Keiner darf verloren gehen": the caller's cases, those at risk first; and finding a case of the sub-region. */
@Path("/api/cases/worklist")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Worklist", description = "The caller's cases ordered by urgency, with the reasons; search by name, number or birth date")
@RolesAllowed({Roles.CASE_MANAGER, Roles.COORDINATOR})
public class WorklistResource {

    private final Worklist worklist;

    WorklistResource(Worklist worklist) {
        this.worklist = worklist;
    }

    @GET
    @Operation(summary = "My worklist, or find a case", description = "Open cases of the caller (scope MINE) or of the caller's sub-region (SUBREGION), most urgent first. Flags: INACTIVE (no activity for inactiveDays), ENDED_WITHOUT_FOLLOW_UP, RESIDENCE_EXPIRING (within 60 days or expired), REFERRAL_OVERDUE, REVIEW_OVERDUE. With q: the sub-region's cases, closed ones too, whose people's names sound like or begin with the words of q (Mohammed finds Muhammad), whose number contains it, or with a person born on that day (12.04.1990 or 1990-04-12); best matches first. Filters narrow either. Only the cases of the returned page are recorded as read.")
    @APIResponse(responseCode = "200", description = "A page of cases with their flags")
    public Page<WorklistItem> worklist(
            @Parameter(description = "MINE (default) or SUBREGION") @QueryParam("scope") @DefaultValue("MINE") Scope scope,
            @Parameter(description = "Days without activity after which a case is flagged; default 30") @QueryParam("inactiveDays") @DefaultValue("30") @Min(1) @Max(3650) int inactiveDays,
            @Parameter(description = "Name, case number or birth date") @QueryParam("q") @Size(max = 200) String query,
            @Parameter(description = "Only cases in this phase; CLOSED lists closed cases") @QueryParam("phase") CasePhase phase,
            @Parameter(description = "Only cases with this flag") @QueryParam("flag") Flag.Kind flag,
            @QueryParam("priority") Priority priority,
            @Parameter(description = "Only this case manager's cases (subject)") @QueryParam("caseManager") @Size(max = 100) String caseManager,
            @Valid @BeanParam WorklistPage page) {
        return worklist.of(new WorklistQuery(scope, inactiveDays, query, phase, flag, priority, caseManager),
                page.page, page.size);
    }
}
