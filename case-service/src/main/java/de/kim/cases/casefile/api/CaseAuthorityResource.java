package de.kim.cases.casefile.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

import de.kim.cases.casefile.service.CaseAuthorities;
import de.kim.platform.api.Etags;
import de.kim.platform.events.contract.cases.CaseState;
import de.kim.platform.problem.ApiProblem;
import de.kim.platform.security.Roles;

/**
 * The authorities of a case and their consents. Each change answers with the whole case and its new
 * ETag, and needs the case's current ETag in If-Match.
 */
@Path("/api/cases/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Fälle of the caller's sub-region, with their household")
@RolesAllowed({Roles.CASE_MANAGER, Roles.COORDINATOR})
public class CaseAuthorityResource {

    private final CaseAuthorities authorities;

    CaseAuthorityResource(CaseAuthorities authorities) {
        this.authorities = authorities;
    }

    @POST
    @Path("/participations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "An authority joins the case", description = "Case managers and coordinators of the case's sub-region. Needs the case's If-Match.")
    @APIResponse(responseCode = "200", description = "The case with the participation", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseState.class)))
    public Response addParticipation(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ParticipationInput input) {
        return Etags.ok(authorities.addParticipation(id, Etags.requiredVersion(ifMatch), input));
    }

    @POST
    @Path("/participations/{participation}/end")
    @Operation(summary = "An authority leaves the case", description = "Its view loses the case. Needs the case's If-Match.")
    @APIResponse(responseCode = "200", description = "The case with the ended participation", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseState.class)))
    public Response endParticipation(@PathParam("id") UUID id, @PathParam("participation") UUID participation,
            @Parameter(description = "Last day, ISO date", required = true) @QueryParam("until") String until,
            @HeaderParam("If-Match") String ifMatch) {
        return Etags.ok(authorities.endParticipation(id, participation, Etags.requiredVersion(ifMatch), date(until)));
    }

    @POST
    @Path("/consents")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a consent or statutory basis", description = "Per recipient and data category; a consent needs the written form's document reference, § 69 SGB X its justification. Needs the case's If-Match.")
    @APIResponse(responseCode = "200", description = "The case with the consent", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseState.class)))
    public Response grant(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ConsentInput input) {
        return Etags.ok(authorities.grant(id, Etags.requiredVersion(ifMatch), input));
    }

    @POST
    @Path("/consents/{consent}/revoke")
    @Operation(summary = "Revoke a consent", description = "The recipient's view loses the data it covered. Needs the case's If-Match.")
    @APIResponse(responseCode = "200", description = "The case with the revoked consent", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseState.class)))
    public Response revoke(@PathParam("id") UUID id, @PathParam("consent") UUID consent,
            @HeaderParam("If-Match") String ifMatch) {
        return Etags.ok(authorities.revoke(id, consent, Etags.requiredVersion(ifMatch)));
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid("until", "type", "must be an ISO date such as 2027-03-31");
        }
    }
}
