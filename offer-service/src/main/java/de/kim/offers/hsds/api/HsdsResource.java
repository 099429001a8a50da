package de.kim.offers.hsds.api;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.Cache;

import de.kim.offers.hsds.service.HsdsService;
import de.kim.platform.api.PageParams;
import de.kim.platform.problem.ApiProblem;
import de.kim.platform.security.Roles;

/** Open Referral (HSDS 3.0) exchange: the active offers for other directories, and imports as drafts. */
@Path("/api/offers/hsds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Open Referral (HSDS 3.0)", description = "Exchange of offers with directories and information apps")
public class HsdsResource {

    private final HsdsService hsds;

    HsdsResource(HsdsService hsds) {
        this.hsds = hsds;
    }

    @GET
    @Path("/services")
    @PermitAll
    @Cache(maxAge = 60)
    @Operation(summary = "Active offers as HSDS services", description = "Public, like the directory: with schedules (weekly, Europe/Berlin), languages and locations.")
    @APIResponse(responseCode = "200", description = "An HSDS page of services")
    public Hsds.Page<Hsds.Service> services(@Valid @BeanParam PageParams page) {
        return hsds.services(page);
    }

    @GET
    @Path("/organizations")
    @PermitAll
    @Cache(maxAge = 60)
    @Operation(summary = "Providers of active offers as HSDS organizations", description = "Public.")
    @APIResponse(responseCode = "200", description = "An HSDS page of organizations")
    public Hsds.Page<Hsds.Organization> organizations(@Valid @BeanParam PageParams page) {
        return hsds.organizations(page);
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Import an HSDS file as draft offers", description = "Admins, or coordinators for a municipality of their sub-region. Organisations become providers (matched by name); services become drafts to complete (category, field of action, phases).")
    @APIResponse(responseCode = "201", description = "The drafts made")
    public Response importFile(
            @Parameter(description = "Where the imported offers take place", required = true) @QueryParam("municipality") UUID municipality,
            @Valid @NotNull Hsds.Import file) {
        if (municipality == null) {
            throw ApiProblem.invalid("municipality", "required", "is required");
        }
        List<UUID> drafts = hsds.importAsDrafts(file, municipality);
        return Response.status(Response.Status.CREATED).entity(new Imported(drafts.size(), drafts)).build();
    }

    /** What an import made. */
    public record Imported(int imported, List<UUID> offerIds) {
    }
}
