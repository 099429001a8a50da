package de.kim.offers.provider.api;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

import de.kim.offers.provider.service.ProviderService;
import de.kim.platform.api.Page;
import de.kim.platform.api.PageParams;
import de.kim.platform.events.contract.offers.ProviderState;
import de.kim.platform.problem.Problem;
import de.kim.platform.security.Roles;

@Path("/api/offers/providers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Providers", description = "Träger that run offers")
public class ProviderResource {

    private final ProviderService providers;

    ProviderResource(ProviderService providers) {
        this.providers = providers;
    }

    @GET
    @RolesAllowed({Roles.CASE_MANAGER, Roles.COORDINATOR, Roles.AUTHORITY_STAFF, Roles.PROVIDER_STAFF,
            Roles.ANALYST, Roles.ADMIN, Roles.AGENCY_SYSTEM})
    @Operation(summary = "List providers", description = "Staff roles. Sortable by name, code.")
    @APIResponse(responseCode = "200", description = "The providers")
    public Page<ProviderState> list(@Valid @BeanParam PageParams page) {
        return providers.list(page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CASE_MANAGER, Roles.COORDINATOR, Roles.AUTHORITY_STAFF, Roles.PROVIDER_STAFF,
            Roles.ANALYST, Roles.ADMIN, Roles.AGENCY_SYSTEM})
    @Operation(summary = "Get one provider")
    @APIResponse(responseCode = "200", description = "The provider")
    @APIResponse(responseCode = "404", description = "Unknown id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProviderState get(@PathParam("id") UUID id) {
        return providers.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Register a provider", description = "Coordinators and admins. Published on kim.offers.v1.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProviderState.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Name already registered", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@Valid @NotNull RegisterProvider request) {
        ProviderState created = providers.register(request.name(), request.code(), request.kind(),
                request.contactEmail(),
                request.contactPhone());
        return Response.created(URI.create("/api/offers/providers/" + created.id())).entity(created).build();
    }
}
