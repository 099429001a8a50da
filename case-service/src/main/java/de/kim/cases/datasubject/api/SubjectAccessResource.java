package de.kim.cases.datasubject.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.kim.cases.datasubject.service.SubjectAccess;
import de.kim.cases.datasubject.service.SubjectExport;
import de.kim.platform.security.Roles;

/** A data subject's right of access (GDPR Art. 15), exercised through the data-protection officer. */
@Path("/api/cases/data-subject-export")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data-subject rights", description = "Access to one's own data (GDPR Art. 15), for the data-protection officer")
@RolesAllowed(Roles.DPO)
public class SubjectAccessResource {

    private final SubjectAccess access;

    SubjectAccessResource(SubjectAccess access) {
        this.access = access;
    }

    @POST
    @Operation(summary = "Export everything stored about a person", description = "Data-protection officer only, across all sub-regions. Finds the person by first name, last name and birth date and returns, per case they belong to: their own data in the case (other household members, their needs, the goals for those and their referrals left out), consents, participations, plan, conferences and notes (household-wide: review for third parties before release), their referrals, the case history, every recorded access (who, when, for which authority, why) and which authorities' views show the case. What a provider keeps of a referral (the contact, if the person consented to share it) is asked of the provider named in the referral. The export itself is recorded in the audit log.")
    @APIResponse(responseCode = "200", description = "The export; no cases when nobody matches")
    public SubjectExport export(@Valid @NotNull SubjectQuery subject) {
        return access.export(subject);
    }
}
