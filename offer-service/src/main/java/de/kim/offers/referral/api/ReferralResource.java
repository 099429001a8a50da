package de.kim.offers.referral.api;

import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.kim.offers.referral.domain.Placement;
import de.kim.offers.referral.domain.PlacementStatus;
import de.kim.offers.referral.service.PlacementService;
import de.kim.offers.referral.service.ReferralQueries;
import de.kim.platform.api.Etags;
import de.kim.platform.api.Page;
import de.kim.platform.api.PageParams;
import de.kim.platform.api.Versioned;
import de.kim.platform.security.Roles;

/**
 * Referrals (Vermittlungen) on the provider side: the answers are decided automatically when the
 * request arrives on kim.referrals.v1; provider staff record the start, the completion or a drop-out.
 */
@Path("/api/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals", description = "Vermittlungen to offers, as providers handle them")
@RolesAllowed({Roles.PROVIDER_STAFF, Roles.COORDINATOR, Roles.ADMIN})
public class ReferralResource {

    private final ReferralQueries referrals;
    private final PlacementService placements;

    ReferralResource(ReferralQueries referrals, PlacementService placements) {
        this.referrals = referrals;
        this.placements = placements;
    }

    @GET
    @Operation(summary = "List referrals", description = "Provider staff: their provider's offers; coordinators: their sub-region; admins: all. Oldest request first. Each with the offer's title, the referring case manager's contact and, while the provider owes an answer, when it is due.")
    @APIResponse(responseCode = "200", description = "A page of referrals")
    public Page<ReferralView> list(@QueryParam("offer") UUID offer, @QueryParam("status") PlacementStatus status,
            @Valid @BeanParam PageParams page) {
        return referrals.list(offer, status, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a referral", description = "As for the list; others' referrals are not found. The ETag is its version.")
    @APIResponse(responseCode = "200", description = "The referral", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    public Response get(@PathParam("id") UUID id) {
        return Etags.ok(referrals.get(id));
    }

    @POST
    @Path("/{id}/start")
    @Operation(summary = "The person has started", description = "ACCEPTED → STARTED. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Started", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    public Response start(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return transition(id, ifMatch, placements::start);
    }

    @POST
    @Path("/{id}/complete")
    @Operation(summary = "The person has completed the offer", description = "STARTED → COMPLETED; frees the place for the waitlist. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Completed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    public Response complete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return transition(id, ifMatch, placements::complete);
    }

    @POST
    @Path("/{id}/drop-out")
    @Operation(summary = "The person dropped out or withdrew", description = "ACCEPTED, STARTED or WAITLISTED → DROPPED_OUT; frees the place for the waitlist. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Dropped out", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    public Response dropOut(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return transition(id, ifMatch, placements::dropOut);
    }

    /** Someone else's referral is not found (404) before anything changes. */
    private Response transition(UUID id, String ifMatch, BiFunction<UUID, Long, Placement> change) {
        long version = Etags.requiredVersion(ifMatch);
        referrals.findVisible(id);
        Placement placement = change.apply(id, version);
        return Etags.ok(new Versioned<>(referrals.view(placement), placement.version));
    }
}
