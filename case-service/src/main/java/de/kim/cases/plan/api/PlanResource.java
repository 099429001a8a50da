package de.kim.cases.plan.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import de.kim.cases.plan.api.AssessmentInput.NeedInput;
import de.kim.cases.plan.service.Assessments;
import de.kim.cases.plan.service.Needs;
import de.kim.cases.plan.service.SupportPlan;
import de.kim.platform.api.Etags;
import de.kim.platform.events.contract.cases.CaseState;
import de.kim.platform.security.Roles;

/**
 * Needs assessment, support plan and case conferences of a case. Each call changes the case: it needs the case's
 * If-Match and answers with the whole case and its new ETag.
 */
@Path("/api/cases/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plan", description = "Needs assessment (Bedarfserhebung), support plan (Hilfeplan) and case conferences")
@RolesAllowed({Roles.CASE_MANAGER, Roles.COORDINATOR})
public class PlanResource {

    private final Assessments assessments;
    private final Needs needs;
    private final SupportPlan plan;

    PlanResource(Assessments assessments, Needs needs, SupportPlan plan) {
        this.assessments = assessments;
        this.needs = needs;
        this.plan = plan;
    }

    @PUT
    @Path("/assessment")
    @Operation(summary = "Record the needs assessment", description = "Case managers and coordinators of the case's sub-region. Replaces the previous one; the needs follow from the answers (plus any added by hand) and keep their ids.")
    @APIResponse(responseCode = "200", description = "The case with its assessment and needs", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseState.class)))
    public Response assess(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AssessmentInput input) {
        return Etags.ok(assessments.record(id, Etags.requiredVersion(ifMatch), input));
    }

    @POST
    @Path("/needs")
    @Operation(summary = "Add a need", description = "Case managers and coordinators of the case's sub-region. A need the assessment did not find; a closed need of the same kind and person opens again. 422 with rule duplicate when it is open already.")
    @APIResponse(responseCode = "200", description = "The case with the need", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseState.class)))
    public Response addNeed(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull NeedInput input) {
        return Etags.ok(needs.add(id, Etags.requiredVersion(ifMatch), input));
    }

    @POST
    @Path("/needs/{need}/close")
    @Operation(summary = "Close a need", description = "Met, no longer needed, declined, met elsewhere or other, with an optional note; stays closed when the assessment is repeated. 409 when closed already.")
    @APIResponse(responseCode = "200", description = "The case with the closed need", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseState.class)))
    public Response closeNeed(@PathParam("id") UUID id, @PathParam("need") UUID need,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull NeedClosingInput input) {
        return Etags.ok(needs.close(id, need, Etags.requiredVersion(ifMatch), input));
    }

    @POST
    @Path("/needs/{need}/reopen")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Open a closed need again", description = "409 when it is open.")
    @APIResponse(responseCode = "200", description = "The case with the need open again", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseState.class)))
    public Response reopenNeed(@PathParam("id") UUID id, @PathParam("need") UUID need,
            @HeaderParam("If-Match") String ifMatch) {
        return Etags.ok(needs.reopen(id, need, Etags.requiredVersion(ifMatch)));
    }

    @POST
    @Path("/goals")
    @Operation(summary = "Add a goal to the support plan", description = "Case managers and coordinators of the case's sub-region.")
    @APIResponse(responseCode = "200", description = "The case with the goal", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseState.class)))
    public Response addGoal(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull GoalInput input) {
        return Etags.ok(plan.addGoal(id, Etags.requiredVersion(ifMatch), input));
    }

    @PUT
    @Path("/goals/{goal}")
    @Operation(summary = "Change a goal", description = "Title, category, need, status (OPEN, ACHIEVED, DROPPED).")
    @APIResponse(responseCode = "200", description = "The case with the changed goal", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseState.class)))
    public Response updateGoal(@PathParam("id") UUID id, @PathParam("goal") UUID goal,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull GoalInput input) {
        return Etags.ok(plan.updateGoal(id, goal, Etags.requiredVersion(ifMatch), input));
    }

    @POST
    @Path("/goals/{goal}/measures")
    @Operation(summary = "Add a measure to a goal", description = "Owned by KIM or an authority taking part in the case, with a due date.")
    @APIResponse(responseCode = "200", description = "The case with the measure", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseState.class)))
    public Response addMeasure(@PathParam("id") UUID id, @PathParam("goal") UUID goal,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull MeasureInput input) {
        return Etags.ok(plan.addMeasure(id, goal, Etags.requiredVersion(ifMatch), input));
    }

    @PUT
    @Path("/goals/{goal}/measures/{measure}")
    @Operation(summary = "Change a measure", description = "Also its status: PLANNED, IN_PROGRESS, DONE or CANCELLED (then with the day it ended).")
    @APIResponse(responseCode = "200", description = "The case with the changed measure", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseState.class)))
    public Response updateMeasure(@PathParam("id") UUID id, @PathParam("goal") UUID goal,
            @PathParam("measure") UUID measure, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull MeasureInput input) {
        return Etags.ok(plan.updateMeasure(id, goal, measure, Etags.requiredVersion(ifMatch), input));
    }

    @POST
    @Path("/conferences")
    @Operation(summary = "Record a case conference", description = "Participants are KIM and authorities taking part in the case; every decision becomes a measure.")
    @APIResponse(responseCode = "200", description = "The case with the conference and its measures", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseState.class)))
    public Response recordConference(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ConferenceInput input) {
        return Etags.ok(plan.recordConference(id, Etags.requiredVersion(ifMatch), input));
    }
}
