package de.kim.cases.casefile.api;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.kim.cases.casefile.service.CaseTransfers;
import de.kim.cases.casefile.service.CaseTransfers.IncomingTransfer;
import de.kim.platform.api.Etags;
import de.kim.platform.events.contract.cases.CaseState;
import de.kim.platform.security.Roles;

/** Hand-over of cases between case managers and sub-regions. */
@Path("/api/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Transfers", description = "Hand a case over to another case manager or sub-region")
@RolesAllowed({Roles.CASE_MANAGER, Roles.COORDINATOR})
public class CaseTransferResource {

    private final CaseTransfers transfers;

    CaseTransferResource(CaseTransfers transfers) {
        this.transfers = transfers;
    }

    @GET
    @Path("/transfers/incoming")
    @Operation(summary = "Transfers waiting for the caller", description = "Case managers named in a transfer to their sub-region, any case manager of it when none is named, and its coordinators. No personal data until accepted.")
    @APIResponse(responseCode = "200", description = "The pending transfers, oldest first")
    public List<IncomingTransfer> incoming() {
        return transfers.incoming();
    }

    @POST
    @Path("/{id}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask to hand the case over", description = "Case managers and coordinators of the case's sub-region. Needs the case's If-Match; one transfer at a time.")
    @APIResponse(responseCode = "200", description = "The case with the pending transfer", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseState.class)))
    public Response request(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull TransferInput input) {
        return Etags.ok(transfers.request(id, Etags.requiredVersion(ifMatch), input));
    }

    @POST
    @Path("/{id}/transfer/withdraw")
    @Operation(summary = "Withdraw a pending transfer", description = "The sending side. Needs the case's If-Match.")
    @APIResponse(responseCode = "200", description = "The case without a pending transfer", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseState.class)))
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return Etags.ok(transfers.withdraw(id, Etags.requiredVersion(ifMatch)));
    }

    @POST
    @Path("/{id}/transfer/accept")
    @Operation(summary = "Take the case over", description = "The receiving side (named case manager, else any case manager of the receiving sub-region, or its coordinators). A move to another sub-region ends the old sub-region's access. Needs the version from the incoming list as If-Match.")
    @APIResponse(responseCode = "200", description = "The case, now the caller's", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseState.class)))
    public Response accept(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return Etags.ok(transfers.accept(id, Etags.requiredVersion(ifMatch)));
    }

    @POST
    @Path("/{id}/transfer/reject")
    @Operation(summary = "Turn the transfer down", description = "The receiving side; the case stays where it is. Needs the version from the incoming list as If-Match.")
    @APIResponse(responseCode = "204", description = "Rejected")
    public Response reject(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        transfers.reject(id, Etags.requiredVersion(ifMatch));
        return Response.noContent().build();
    }
}
