package de.kim.platform.events.contract.referrals;

import java.time.OffsetDateTime;
import java.util.UUID;

import de.kim.platform.vocabulary.Gender;
import de.kim.platform.vocabulary.ResidenceStatus;

/**
 * A case manager refers a person to an offer. It carries only what the provider may see: a
 * pseudonymous reference the case manager resolves, the attributes that decide eligibility, and
 * name and contact only when the person consented to share them with this provider.
 *
 * @param caseReference pseudonymous, meaningless outside the case-service
 * @param contact null unless consented
 */
public record ReferralRequested(UUID referralId, UUID offerId, String caseReference, OffsetDateTime requestedAt,
        Integer ageYears, Gender gender, ResidenceStatus residenceStatus, Contact contact, String note) {

    public record Contact(String name, String phone, String email) {
    }
}
