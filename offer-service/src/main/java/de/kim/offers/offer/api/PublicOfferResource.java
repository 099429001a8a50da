package de.kim.offers.offer.api;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.Cache;

import de.kim.offers.offer.domain.DirectoryLanguage;
import de.kim.offers.offer.service.OfferSearch;
import de.kim.offers.offer.service.OfferService;
import de.kim.platform.api.Page;
import de.kim.platform.api.PageParams;

/**
 * The public directory: active offers (courses, counselling, volunteering…) for newcomers and
 * information apps, without login, in the visitor's language where a translation exists. Offers
 * carry no person or referral data, and nothing meant for staff only.
 */
@Path("/api/offers/public")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public directory", description = "Active offers, readable without login")
@PermitAll
// Public data: browsers and proxies may keep it a minute (the gateway marks every other API answer no-store).
@Cache(maxAge = 60)
public class PublicOfferResource {

    private static final String LANG = "The visitor's language: title and description in it when the offer has a translation, else in German (see language)";

    private final OfferService offers;
    private final OfferSearch search;

    PublicOfferResource(OfferService offers, OfferSearch search) {
        this.offers = offers;
        this.search = search;
    }

    @GET
    @Operation(summary = "Search the public directory", description = "Public. Only active offers, whatever status is asked for.")
    @APIResponse(responseCode = "200", description = "A page of active offers")
    public Page<PublicOfferView> search(@Valid @BeanParam OfferFilter filter, @Valid @BeanParam PageParams page,
            @Parameter(description = LANG) @QueryParam("lang") @DefaultValue("de") DirectoryLanguage lang) {
        return search.searchDirectory(filter, page, lang);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an active offer", description = "Public. Drafts, paused and ended offers are not found here.")
    @APIResponse(responseCode = "200", description = "The offer")
    public PublicOfferView get(@PathParam("id") UUID id,
            @Parameter(description = LANG) @QueryParam("lang") @DefaultValue("de") DirectoryLanguage lang) {
        return offers.getPublic(id, lang);
    }
}
