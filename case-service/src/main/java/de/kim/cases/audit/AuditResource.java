package de.kim.cases.audit;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.kim.cases.audit.AuditLog.AuditEntry;
import de.kim.platform.api.Moments;
import de.kim.platform.api.Page;
import de.kim.platform.api.PageParams;
import de.kim.platform.security.Roles;

/** The audit log of case data, for the data-protection officer only. */
@Path("/api/cases/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who read or changed which case's personal data, for the data-protection officer")
@RolesAllowed(Roles.DPO)
public class AuditResource {

    private final AuditLog audit;

    AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @Operation(summary = "Query the audit log", description = "Data-protection officer only. Who read or changed a case's personal data, when, on behalf of which authority and why (purpose). Newest first; filter by case, person (household member id: the entries of their case), actor (subject) and time. Entries cannot be changed or deleted.")
    @APIResponse(responseCode = "200", description = "A page of audit entries")
    public Page<AuditEntry> query(@QueryParam("caseId") UUID caseId,
            @Parameter(description = "A household member's id: the entries of the case they belong to") @QueryParam("personId") UUID personId,
            @QueryParam("actor") String actor,
            @Parameter(description = "From (inclusive), ISO 8601 with offset") @QueryParam("from") String from,
            @Parameter(description = "To (exclusive), ISO 8601 with offset") @QueryParam("to") String to,
            @Valid @BeanParam PageParams page) {
        return audit.query(caseId, personId, actor, Moments.parse("from", from), Moments.parse("to", to), page.page,
                page.size);
    }
}
