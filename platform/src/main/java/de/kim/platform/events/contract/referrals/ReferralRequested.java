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
 * @param referredBy the case manager the provider calls back; null in requests sent before it existed
 */
public record ReferralRequested(UUID referralId, UUID offerId, String caseReference, OffsetDateTime requestedAt,
        Integer ageYears, Gender gender, ResidenceStatus residenceStatus, Contact contact, String note,
        ReferredBy referredBy) {

    public record Contact(String name, String phone, String email) {
    }

    /**
     * The referring staff member's work contact (office phone and mailbox): personal data of the staff member, not of
     * the person referred, so it needs no consent of theirs.
     */
    public record ReferredBy(String name, String phone, String email) {
    }
}
