package de.kim.offers.referral.service;

import java.util.Optional;

import de.kim.offers.offer.domain.Offer;
import de.kim.platform.events.contract.referrals.ReferralRequested;

/**
 * Whether a referred person may attend an offer (age range, gender, residence status; seed 002:
 * some may not take a language course because of their status). A restriction the referral cannot
 * be checked against (the attribute was not shared) counts as not met: the provider cannot admit
 * on a guess.
 */
final class Eligibility {

    private Eligibility() {
    }

    /** @return why the person may not attend, or empty */
    static Optional<String> refusal(Offer offer, ReferralRequested referral) {
        if (offer.minAge != null || offer.maxAge != null) {
            Integer age = referral.ageYears();
            if (age == null) {
                return Optional.of("the offer has an age range and the referral gives no age");
            }
            if (offer.minAge != null && age < offer.minAge || offer.maxAge != null && age > offer.maxAge) {
                return Optional.of("outside the offer's age range");
            }
        }
        if (!offer.genders.isEmpty() && (referral.gender() == null || !offer.genders.contains(referral.gender()))) {
            return Optional.of("the offer is for other genders");
        }
        if (!offer.residenceStatuses.isEmpty() && (referral.residenceStatus() == null
                || !offer.residenceStatuses.contains(referral.residenceStatus()))) {
            return Optional.of("the residence status does not allow taking part");
        }
        return Optional.empty();
    }
}
