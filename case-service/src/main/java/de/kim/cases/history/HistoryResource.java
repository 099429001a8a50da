package de.kim.cases.history;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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

import de.kim.cases.casefile.service.CaseService;
import de.kim.cases.history.CaseHistory.Entry;
import de.kim.platform.api.PageParams;
import de.kim.platform.security.Roles;

/** Who changed what when on a case. */
@Path("/api/cases/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Fälle of the caller's sub-region, with their household")
@RolesAllowed({Roles.CASE_MANAGER, Roles.COORDINATOR})
public class HistoryResource {

    private final CaseService cases;
    private final CaseHistory history;

    HistoryResource(CaseService cases, CaseHistory history) {
        this.cases = cases;
        this.history = history;
    }

    @GET
    @Transactional
    @Operation(summary = "The case's history", description = "Case managers and coordinators of the case's sub-region. One entry per version, newest first: who (a person's name and authority, a system, or restricted for a change the case management may not see), when, which action, and each change with its old and new value (never note texts).")
    @APIResponse(responseCode = "200", description = "A page of history entries")
    public List<Entry> history(@PathParam("id") UUID id, @Valid @BeanParam PageParams page) {
        cases.read(id, "HISTORY_READ");
        return history.of(id, page.page, page.size);
    }
}
