package de.kim.cases.caseload;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.kim.cases.caseload.Caseload.Summary;
import de.kim.platform.security.Roles;

/** How the sub-region's open cases are shared among its case managers, for the coordinators. */
@Path("/api/cases/caseload")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Worklist", description = "The caller's cases ordered by urgency, with the reasons; search by name, number or birth date")
@RolesAllowed(Roles.COORDINATOR)
public class CaseloadResource {

    private final Caseload caseload;

    CaseloadResource(Caseload caseload) {
        this.caseload = caseload;
    }

    @GET
    @Operation(summary = "The sub-region's caseload", description = "Coordinators of the sub-region. Open cases per case manager (subject) and phase, counted without reading any household; and the cases waiting to be handed over (recorded as read).")
    @APIResponse(responseCode = "200", description = "Counts per case manager and phase, and the pending transfers")
    public Summary caseload() {
        return caseload.of();
    }
}
