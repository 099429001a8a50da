package de.kim.cases.note.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.kim.cases.casefile.service.CaseAccess;
import de.kim.cases.note.service.CaseNotes;
import de.kim.platform.api.Etags;
import de.kim.platform.api.Versioned;
import de.kim.platform.events.contract.cases.CaseState;
import de.kim.platform.security.Roles;

/** Notes of the KIM case management on a case. */
@Path("/api/cases/{id}/notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notes", description = "Aktenvermerke with visibility")
@RolesAllowed({Roles.CASE_MANAGER, Roles.COORDINATOR})
public class NoteResource {

    private final CaseNotes notes;
    private final CaseAccess access;

    NoteResource(CaseNotes notes, CaseAccess access) {
        this.notes = notes;
        this.access = access;
    }

    @POST
    @Operation(summary = "Write a note", description = "Case managers and coordinators of the case's sub-region. ALL_PARTICIPANTS: every authority whose consent covers the category sees it; OWN_AUTHORITY: the KIM team only. Needs the case's If-Match.")
    @APIResponse(responseCode = "200", description = "The case with the note", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseState.class)))
    @APIResponse(responseCode = "204", description = "Written, asked with `Prefer: return=minimal`: the ETag is the new case version; no other note of the case is read, so a note costs the same on an old case as on a new one")
    public Response write(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "`return=minimal` (RFC 7240): answer 204 with the new version instead of the whole case") @HeaderParam("Prefer") String prefer,
            @Valid @NotNull NoteInput input) {
        boolean minimal = Etags.prefersMinimal(prefer);
        Versioned<CaseState> written = notes.write(id, Etags.requiredVersion(ifMatch), input, access.subject(),
                !minimal);
        return minimal ? Etags.noContent(written.version()) : Etags.ok(written);
    }
}
