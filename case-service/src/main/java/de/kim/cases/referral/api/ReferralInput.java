package de.kim.cases.referral.api;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import de.kim.platform.vocabulary.DataCategory;

/** A referral of a household member to an offer. */
public record ReferralInput(
        @Schema(description = "An active offer from the offer-service") @NotNull UUID offerId,
        @NotNull UUID memberId,
        @Schema(description = "The need it answers, from the assessment") UUID needId,
        @Schema(description = "Which consent covers it; default the need's category") DataCategory category,
        @Schema(description = "For the provider; no personal data beyond what the consent allows") @Size(max = 1000) String note) {
}
