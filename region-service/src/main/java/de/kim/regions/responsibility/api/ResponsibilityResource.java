package de.kim.regions.responsibility.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.kim.platform.api.Moments;
import de.kim.platform.security.Roles;
import de.kim.regions.responsibility.service.ResponsibilityService;

@Path("/api/regions/responsibility")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Responsibility", description = "Who is responsible for a place")
public class ResponsibilityResource {

    private final ResponsibilityService responsibility;

    ResponsibilityResource(ResponsibilityService responsibility) {
        this.responsibility = responsibility;
    }

    @GET
    @RolesAllowed({Roles.CASE_MANAGER, Roles.COORDINATOR, Roles.AUTHORITY_STAFF, Roles.PROVIDER_STAFF,
            Roles.ANALYST, Roles.DPO, Roles.ADMIN, Roles.AGENCY_SYSTEM})
    @Operation(summary = "Who is responsible for a place", description = "Every role. The sub-region of the municipality with its coordinators and case-management team, the municipality's posts, and the contact points of the area (the quarter's and the municipality-wide ones) with their next opening in Europe/Berlin, soonest first.")
    @APIResponse(responseCode = "200", description = "The responsibility")
    public Responsibility lookUp(
            @Parameter(description = "Municipality id", required = true) @QueryParam("municipality") UUID municipality,
            @Parameter(description = "Quarter id, optional; must lie in the municipality") @QueryParam("quarter") UUID quarter,
            @Parameter(description = "The moment for the next openings, ISO 8601 with offset; default now") @QueryParam("at") String at) {
        return responsibility.lookUp(municipality, quarter, Moments.parseOrNow("at", at));
    }
}
