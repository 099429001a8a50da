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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.ForbiddenException;

import de.kim.cases.common.CallerAuthority;
import de.kim.cases.note.service.CaseNotes;
import de.kim.platform.api.Etags;
import de.kim.platform.security.Roles;

/**
 * Notes of an authority taking part in a case. The authority sees the note in its view once the view has caught up
 * (the returned ETag is the case version to wait for).
 */
@Path("/api/views/{authority}/cases/{caseId}/notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Authority views", description = "What each authority may see of the cases it takes part in")
@RolesAllowed({Roles.AUTHORITY_STAFF, Roles.AGENCY_SYSTEM})
public class AuthorityNoteResource {

    private final CaseNotes notes;
    private final CallerAuthority caller;

    AuthorityNoteResource(CaseNotes notes, CallerAuthority caller) {
        this.notes = notes;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Write a note as the authority", description = "Staff and agency systems of an authority taking part in the case. OWN_AUTHORITY keeps it in the authority's own view; the Jugendamt may mark it confided (§ 65 SGB VIII). Needs the caseVersion of the view as If-Match.")
    @APIResponse(responseCode = "204", description = "Written; the ETag is the new case version")
    public Response write(@PathParam("authority") String authority, @PathParam("caseId") UUID caseId,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull NoteInput input) {
        long version = notes.writeAsAuthority(caseId, caller.require(authority), Etags.requiredVersion(ifMatch),
                input, caller.subject());
        return Response.noContent().tag(new EntityTag(Long.toString(version))).build();
    }

    @POST
    @Path("/{note}/release")
    @Operation(summary = "Release a confided note (§ 65 (1) SGB VIII)", description = "Jugendamt only, with the basis and its justification; then the note's visibility applies. Needs the caseVersion of the view as If-Match.")
    @APIResponse(responseCode = "204", description = "Released; the ETag is the new case version")
    public Response release(@PathParam("authority") String authority, @PathParam("caseId") UUID caseId,
            @PathParam("note") UUID note, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ReleaseInput input) {
        if (!CaseNotes.JUGENDAMT.equals(caller.require(authority))) {
            throw new ForbiddenException();
        }
        long version = notes.release(caseId, note, Etags.requiredVersion(ifMatch), input, caller.subject());
        return Response.noContent().tag(new EntityTag(Long.toString(version))).build();
    }
}
