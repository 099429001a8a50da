package de.kim.offers.offer.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import de.kim.offers.offer.domain.OfferCategory;
import de.kim.offers.offer.domain.OfferStatus;
import de.kim.platform.events.contract.offers.OfferState.Eligibility;
import de.kim.platform.events.contract.offers.OfferState.Slot;
import de.kim.platform.events.contract.offers.OfferState.Translation;
import de.kim.platform.vocabulary.FieldOfAction;
import de.kim.platform.vocabulary.IntegrationPhase;

/**
 * An offer as staff see it: what {@link OfferInput} holds (all translations, the internal note), plus what a case
 * manager or provider decides with: who runs it, where exactly, the next dates and whether a place is free. The extras
 * come from this service's own data and replicas, as of the moment of the answer.
 */
@Schema(name = "Offer")
public record OfferView(
        UUID id,
        UUID providerId,
        OfferProvider provider,
        @Schema(description = "German") String title,
        @Schema(description = "German") String description,
        @Schema(description = "By language (en, ar, fa)") Map<String, Translation> translations,
        OfferCategory category,
        FieldOfAction fieldOfAction,
        List<IntegrationPhase> phases,
        @Schema(description = "German tags") List<String> targetGroups,
        @Schema(description = "Languages spoken, ISO 639-1") List<String> languages,
        OfferPlace place,
        @Schema(description = "Weekly slots in local time (Europe/Berlin)") List<Slot> schedule,
        LocalDate startsOn,
        LocalDate endsOn,
        @Schema(description = "The next (up to 3) dates of the schedule from now within startsOn and endsOn; empty unless the offer is active") List<OfferDate> nextDates,
        @Schema(description = "Places; null when not limited") Integer capacity,
        OfferAvailability availability,
        @Schema(description = "Who may attend; empty lists and missing ages mean no restriction") Eligibility eligibility,
        BigDecimal costEuro,
        @Schema(description = "German") String costNote,
        OfferStatus status,
        @Schema(description = "For staff only; never in the public directory") String internalNote) {

    /** Who runs the offer, with the office contact for questions. */
    @Schema(name = "OfferProvider")
    public record OfferProvider(UUID id, String name, String contactEmail, String contactPhone) {
    }

    /** Whether a referral made now gets a place: counted as the provider side counts when it decides. */
    @Schema(name = "OfferAvailability")
    public record OfferAvailability(@Schema(description = "Referrals holding a place (accepted or started)") int taken,
            @Schema(description = "Capacity minus taken; null when not limited") Integer free,
            @Schema(description = "Referrals on the waitlist") int waiting,
            @Schema(description = "true: every place is taken, a new eligible referral goes to the waitlist") boolean newReferralsWaitlisted) {
    }
}
