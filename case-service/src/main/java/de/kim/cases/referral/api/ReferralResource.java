package de.kim.cases.referral.api;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

import de.kim.cases.referral.service.Referrals;
import de.kim.cases.referral.service.Referrals.ReferralView;
import de.kim.platform.api.Etags;
import de.kim.platform.events.contract.cases.CaseState;
import de.kim.platform.security.Roles;

/** Referrals of a case's household members to offers, and the providers' answers. */
@Path("/api/cases/{id}/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals", description = "Vermittlungen to offers, with the providers' answers and deadlines")
@RolesAllowed({Roles.CASE_MANAGER, Roles.COORDINATOR})
public class ReferralResource {

    private final Referrals referrals;

    ReferralResource(Referrals referrals) {
        this.referrals = referrals;
    }

    @GET
    @Operation(summary = "The case's referrals", description = "Case managers and coordinators of the case's sub-region; each with the time by which the provider should answer (or the person start) and whether that has passed.")
    @APIResponse(responseCode = "200", description = "The referrals, oldest first")
    public List<ReferralView> list(@PathParam("id") UUID id) {
        return referrals.of(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refer a member to an offer", description = "Published on kim.referrals.v1 for the offer-service; its answer shows on the case. The provider receives the member's name only with a consent naming it for master data. Needs the case's If-Match.")
    @APIResponse(responseCode = "200", description = "The case with the requested referral", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseState.class)))
    public Response request(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ReferralInput input) {
        return Etags.ok(referrals.request(id, Etags.requiredVersion(ifMatch), input));
    }
}
