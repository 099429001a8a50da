package de.kim.offers.audit;

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

import de.kim.offers.audit.ReferralAccessLog.ReferralAccessEntry;
import de.kim.platform.api.Moments;
import de.kim.platform.api.Page;
import de.kim.platform.api.PageParams;
import de.kim.platform.security.Roles;

/** The audit log of referral data, for the data-protection officer only. */
@Path("/api/referrals/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who read or changed which referral's personal data, for the data-protection officer")
@RolesAllowed(Roles.DPO)
public class ReferralAccessResource {

    private final ReferralAccessLog log;

    ReferralAccessResource(ReferralAccessLog log) {
        this.log = log;
    }

    @GET
    @Operation(summary = "Query the referral audit log", description = "Data-protection officer only. Who read or changed a referral's personal data (age, residence status, contact, note), when, for which provider and why (purpose). The referral id is the one the case shows, so a person is followed from their case to here. Newest first; filter by referral, actor (subject) and time. Entries cannot be changed or deleted.")
    @APIResponse(responseCode = "200", description = "A page of audit entries")
    public Page<ReferralAccessEntry> query(@QueryParam("referralId") UUID referralId,
            @QueryParam("actor") String actor,
            @Parameter(description = "From (inclusive), ISO 8601 with offset") @QueryParam("from") String from,
            @Parameter(description = "To (exclusive), ISO 8601 with offset") @QueryParam("to") String to,
            @Valid @BeanParam PageParams page) {
        return log.query(referralId, actor, Moments.parse("from", from), Moments.parse("to", to), page);
    }
}
