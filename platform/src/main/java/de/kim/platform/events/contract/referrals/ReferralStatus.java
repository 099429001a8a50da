package de.kim.platform.events.contract.referrals;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Where a referral stands, as the provider side decides and records it.
 *
 * @param status ACCEPTED, WAITLISTED, DECLINED, STARTED, COMPLETED or DROPPED_OUT
 * @param reason why it was declined (offer not active, not eligible…), else null
 * @param waitlistPosition 1 for the next to move up, null unless waitlisted
 */
public record ReferralStatus(UUID referralId, UUID offerId, String status, String reason, Integer waitlistPosition,
        OffsetDateTime at) {
}
