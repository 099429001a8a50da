package de.kim.offers.offer.api;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
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

import de.kim.offers.offer.domain.OfferStatus;
import de.kim.offers.offer.service.OfferSearch;
import de.kim.offers.offer.service.OfferService;
import de.kim.platform.api.Page;
import de.kim.platform.api.PageParams;
import de.kim.platform.events.contract.offers.OfferState;
import de.kim.platform.problem.ApiProblem;

/**
 * The public directory: active offers (courses, counselling, volunteering…) for newcomers and
 * information apps, without login. Offers carry no person or referral data.
 */
@Path("/api/offers/public")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public directory", description = "Active offers, readable without login")
@PermitAll
public class PublicOfferResource {

    private final OfferService offers;
    private final OfferSearch search;

    PublicOfferResource(OfferService offers, OfferSearch search) {
        this.offers = offers;
        this.search = search;
    }

    @GET
    @Operation(summary = "Search the public directory", description = "Public. Only active offers, whatever status is asked for.")
    @APIResponse(responseCode = "200", description = "A page of active offers")
    public Page<OfferState> search(@Valid @BeanParam OfferFilter filter, @Valid @BeanParam PageParams page) {
        filter.status = OfferStatus.ACTIVE;
        return search.search(filter, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an active offer", description = "Public. Drafts, paused and ended offers are not found here.")
    @APIResponse(responseCode = "200", description = "The offer")
    public OfferState get(@PathParam("id") UUID id) {
        OfferState offer = offers.get(id).body();
        if (!OfferStatus.ACTIVE.name().equals(offer.status())) {
            throw ApiProblem.notFound("No active offer with this id.");
        }
        return offer;
    }
}
