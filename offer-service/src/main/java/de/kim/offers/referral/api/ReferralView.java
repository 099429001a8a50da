package de.kim.offers.referral.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import de.kim.offers.referral.domain.Placement;
import de.kim.offers.referral.service.PlacementService;

/**
 * A referral as the provider's staff see it: only what the referral carried, nothing from the case, plus the offer's
 * title and whether the provider owes an answer.
 */
@Schema(name = "Referral")
public record ReferralView(UUID referralId, UUID offerId,
        @Schema(description = "The offer's German title") String offerTitle,
        String caseReference, OffsetDateTime requestedAt,
        Integer ageYears, String gender, String residenceStatus, String contactName, String contactPhone,
        String contactEmail, String note,
        @Schema(description = "Whom to ask about the referral; null for referrals requested before it was sent") ReferredBy referredBy,
        String status, String reason, Integer waitlistPosition,
        @Schema(description = "While accepted and not yet started: by when the provider should record the start (or the drop-out) before the case manager's worklist flags the referral; null when no answer is due") OffsetDateTime answerDueBy,
        @Schema(description = "answerDueBy has passed") boolean answerOverdue) {

    /** The referring case manager's work contact. */
    @Schema(name = "ReferralReferredBy")
    public record ReferredBy(String name, String phone, String email) {
    }

    public static ReferralView of(Placement p, OffsetDateTime answerDueBy, OffsetDateTime now) {
        ReferredBy referredBy = p.referredByName == null && p.referredByPhone == null && p.referredByEmail == null
                ? null
                : new ReferredBy(p.referredByName, p.referredByPhone, p.referredByEmail);
        return new ReferralView(p.referralId, p.offer.id, p.offer.title, p.caseReference, p.requestedAt, p.ageYears,
                p.gender == null ? null : p.gender.name(),
                p.residenceStatus == null ? null : p.residenceStatus.name(), p.contactName, p.contactPhone,
                p.contactEmail, p.note, referredBy, p.status.name(), p.reason, PlacementService.waitlistPosition(p),
                answerDueBy, answerDueBy != null && now.isAfter(answerDueBy));
    }
}
