package de.kim.platform.events.contract.referrals;

import de.kim.platform.events.contract.EventType;
import de.kim.platform.events.contract.Topic;

/**
 * The closed referral loop on {@link Topic#REFERRALS}, keyed by the referral id. The case-service
 * requests (version 0); from then on the offer-service owns the referral's state and publishes each
 * change with the next version.
 */
public final class ReferralEvents {

    public static final EventType<ReferralRequested> REQUESTED = new EventType<>("de.kim.referrals.requested.v1",
            Topic.REFERRALS, "referral", ReferralRequested.class);

    public static final EventType<ReferralStatus> STATUS = new EventType<>("de.kim.referrals.status.v1",
            Topic.REFERRALS, "referral", ReferralStatus.class);

    /** Sent by the case-service when it anonymises the referral's case. */
    public static final EventType<ReferralErased> ERASED = new EventType<>("de.kim.referrals.erased.v1",
            Topic.REFERRALS, "referral", ReferralErased.class);

    private ReferralEvents() {
    }
}
