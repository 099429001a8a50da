package de.kim.offers.offer.api;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

import de.kim.offers.offer.service.OfferSearch;
import de.kim.offers.offer.service.OfferService;
import de.kim.platform.api.Etags;
import de.kim.platform.api.Page;
import de.kim.platform.api.PageParams;
import de.kim.platform.security.Roles;

@Path("/api/offers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Offers", description = "Angebote along the support chain (Förderkette)")
@RolesAllowed({Roles.CASE_MANAGER, Roles.COORDINATOR, Roles.AUTHORITY_STAFF, Roles.PROVIDER_STAFF,
        Roles.ANALYST, Roles.ADMIN, Roles.AGENCY_SYSTEM})
public class OfferResource {

    private final OfferService offers;
    private final OfferSearch search;

    OfferResource(OfferService offers, OfferSearch search) {
        this.offers = offers;
        this.search = search;
    }

    @GET
    @Operation(summary = "Search offers", description = "Staff roles. Active offers by default; filters combine with and; q is German full text. Each with its provider, the names of its places, the next dates and the free places.")
    @APIResponse(responseCode = "200", description = "A page of offers, best text matches first")
    public Page<OfferView> search(@Valid @BeanParam OfferFilter filter, @Valid @BeanParam PageParams page) {
        return search.search(filter, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an offer", description = "Staff roles. With all translations and the internal note, its provider, the names of its places, the next dates and the free places. The ETag is its version.")
    @APIResponse(responseCode = "200", description = "The offer", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfferView.class)))
    public Response get(@PathParam("id") UUID id) {
        return Etags.ok(offers.get(id));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.PROVIDER_STAFF})
    @Operation(summary = "Add an offer", description = "Admins; coordinators in their sub-region; provider staff for their own provider. Published on kim.offers.v1 (without the internal note).")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfferView.class)))
    public Response create(@Valid @NotNull OfferInput input) {
        var created = offers.create(input);
        return Etags.created(URI.create("/api/offers/" + created.body().id()), created);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.PROVIDER_STAFF})
    @Operation(summary = "Change an offer", description = "As for adding; also how an offer is activated, paused or ended (status). Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfferView.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull OfferInput input) {
        return Etags.ok(offers.update(id, Etags.requiredVersion(ifMatch), input));
    }
}
