package de.kim.offers.referral.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;

import de.kim.offers.audit.ReferralAccessLog;
import de.kim.offers.referral.api.ReferralView;
import de.kim.offers.referral.domain.Placement;
import de.kim.offers.referral.domain.PlacementStatus;
import de.kim.platform.api.Page;
import de.kim.platform.api.PageParams;
import de.kim.platform.api.QueryFilter;
import de.kim.platform.api.Versioned;
import de.kim.platform.problem.ApiProblem;
import de.kim.platform.security.Claims;
import de.kim.platform.security.Roles;

/**
 * Referrals visible to the caller: provider staff see those to their own provider's offers,
 * coordinators those in their sub-region, admins all. Anything else does not exist for them (404).
 */
@ApplicationScoped
public class ReferralQueries {

    private final SecurityIdentity identity;
    private final ReferralAccessLog accessLog;
    private final ReferralDeadlines deadlines;

    ReferralQueries(SecurityIdentity identity, ReferralAccessLog accessLog, ReferralDeadlines deadlines) {
        this.identity = identity;
        this.accessLog = accessLog;
        this.deadlines = deadlines;
    }

    @Transactional
    public Page<ReferralView> list(UUID offer, PlacementStatus status, PageParams page) {
        QueryFilter filter = visible().and("offer.id = :offer", "offer", offer).and("status = :status", "status",
                status);
        Page<ReferralView> found = page.fetch(Placement.find(filter.query(),
                Sort.by("requestedAt").and("referralId"), filter.parameters()), this::view);
        accessLog.record("REFERRALS_LISTED", found.items().stream().map(ReferralView::referralId).toList());
        return found;
    }

    @Transactional
    public Versioned<ReferralView> get(UUID referralId) {
        Placement placement = findVisible(referralId);
        accessLog.record("REFERRAL_READ", List.of(referralId));
        return new Versioned<>(view(placement), placement.version);
    }

    /** The referral as provider staff see it, with the answer due as of now. */
    public ReferralView view(Placement placement) {
        return ReferralView.of(placement, deadlines.answerDueBy(placement), OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** @throws ApiProblem 404 when the referral does not exist or is not the caller's to see */
    public Placement findVisible(UUID referralId) {
        QueryFilter filter = visible().and("referralId = :id", "id", referralId);
        Placement placement = Placement.<Placement>find(filter.query(), filter.parameters()).firstResult();
        if (placement == null) {
            throw ApiProblem.notFound("No referral with this id.");
        }
        return placement;
    }

    private QueryFilter visible() {
        QueryFilter filter = new QueryFilter();
        if (identity.hasRole(Roles.ADMIN)) {
            return filter;
        }
        if (identity.hasRole(Roles.COORDINATOR)) {
            return filter.and("exists (select 1 from RegionPlace m where m.id = offer.municipalityId"
                    + " and m.subregion = :subregion)", "subregion", claimOrNothing(Claims.SUBREGION));
        }
        return filter.and("offer.provider.code = :provider", "provider", claimOrNothing(Claims.PROVIDER));
    }

    /** A missing claim matches nothing, never everything: no provider or sub-region has an empty code. */
    private String claimOrNothing(String name) {
        String value = Claims.of(identity, name);
        return value == null ? "" : value;
    }
}
