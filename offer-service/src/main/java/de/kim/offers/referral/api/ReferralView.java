package de.kim.offers.referral.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import de.kim.offers.referral.domain.Placement;
import de.kim.offers.referral.service.PlacementService;

/** A referral as the provider's staff see it: only what the referral carried, nothing from the case. */
@Schema(name = "Referral")
public record ReferralView(UUID referralId, UUID offerId, String caseReference, OffsetDateTime requestedAt,
        Integer ageYears, String gender, String residenceStatus, String contactName, String contactPhone,
        String contactEmail, String note, String status, String reason, Integer waitlistPosition) {

    public static ReferralView of(Placement p) {
        return new ReferralView(p.referralId, p.offer.id, p.caseReference, p.requestedAt, p.ageYears,
                p.gender == null ? null : p.gender.name(),
                p.residenceStatus == null ? null : p.residenceStatus.name(), p.contactName, p.contactPhone,
                p.contactEmail, p.note, p.status.name(), p.reason, PlacementService.waitlistPosition(p));
    }
}
