package de.kim.offers.referral.service;

import java.time.Duration;
import java.time.OffsetDateTime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import de.kim.offers.referral.domain.Placement;
import de.kim.offers.referral.domain.PlacementStatus;

/**
 * When the provider owes the next answer about a referral. The accept/waitlist/decline answer is given by this service
 * the moment the request arrives, so what is left to the provider is to say whether an accepted person actually
 * started (or did not come: drop-out). The deadline is the case-service's for the same referral
 * ({@code kim.referrals.start-within} there, from the request): from then on the case manager's worklist flags it as
 * overdue, so the provider sees the date by which the case manager expects to hear. A waitlisted referral owes
 * nothing: it moves up by itself when a place frees.
 */
@ConfigMapping(prefix = "kim.referrals")
public interface ReferralDeadlines {

    /** Time from the request until the person has started; keep it equal to the case-service's. */
    @WithDefault("P30D")
    Duration startWithin();

    /** @return null when the provider owes no answer */
    default OffsetDateTime answerDueBy(Placement placement) {
        return placement.status == PlacementStatus.ACCEPTED ? placement.requestedAt.plus(startWithin()) : null;
    }
}
