package de.kim.offers.offer.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import de.kim.offers.offer.domain.DirectoryLanguage;
import de.kim.offers.offer.domain.OfferCategory;
import de.kim.platform.events.contract.offers.OfferState.Eligibility;
import de.kim.platform.events.contract.offers.OfferState.Slot;
import de.kim.platform.vocabulary.FieldOfAction;
import de.kim.platform.vocabulary.IntegrationPhase;

/**
 * An active offer as the public directory shows it, in the visitor's language where the offer has a translation. It
 * holds nothing that is for staff only: no internal note, no places or waitlist, no other translations.
 */
@Schema(name = "PublicOffer")
public record PublicOfferView(
        UUID id,
        String providerName,
        @Schema(description = "In the language named by language") String title,
        @Schema(description = "In the language named by language") String description,
        @Schema(description = "The language of title and description: the one asked for when the offer has a translation into it, else de (mark the texts lang=\"de\" then)") DirectoryLanguage language,
        OfferCategory category,
        FieldOfAction fieldOfAction,
        List<IntegrationPhase> phases,
        @Schema(description = "German tags") List<String> targetGroups,
        @Schema(description = "Languages spoken, ISO 639-1") List<String> languages,
        OfferPlace place,
        @Schema(description = "Weekly slots in local time (Europe/Berlin)") List<Slot> schedule,
        LocalDate startsOn,
        LocalDate endsOn,
        @Schema(description = "The next (up to 3) dates of the schedule from now within startsOn and endsOn") List<OfferDate> nextDates,
        @Schema(description = "Who may attend; empty lists and missing ages mean no restriction") Eligibility eligibility,
        BigDecimal costEuro,
        @Schema(description = "German") String costNote) {
}
