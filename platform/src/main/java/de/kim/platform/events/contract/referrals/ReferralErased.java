package de.kim.platform.events.contract.referrals;

import java.util.UUID;

/**
 * The case this referral belonged to was anonymised after its retention period (§ 84 SGB X): the provider side keeps
 * the placement for its figures but drops everything that could point to the person.
 */
public record ReferralErased(UUID referralId) {
}
