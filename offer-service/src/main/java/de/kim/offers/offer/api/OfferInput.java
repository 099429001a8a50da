package de.kim.offers.offer.api;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import de.kim.offers.offer.domain.OfferCategory;
import de.kim.offers.offer.domain.OfferStatus;
import de.kim.platform.vocabulary.FieldOfAction;
import de.kim.platform.vocabulary.Gender;
import de.kim.platform.vocabulary.IntegrationPhase;
import de.kim.platform.vocabulary.ResidenceStatus;

/** An offer as clients send it. */
@Schema(name = "OfferInput")
public record OfferInput(
        @NotNull UUID providerId,
        @Schema(description = "German title", examples = "Alphabetisierungskurs für Frauen") @NotBlank @Size(max = 200) String title,
        @Schema(description = "German description") @NotBlank @Size(max = 5000) String description,
        @Schema(description = "Title and description in the other languages of the public directory (en, ar, fa), by ISO 639-1 code; each one complete") @NotNull @Size(max = 3) Map<@Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code") String, @Valid @NotNull TranslationInput> translations,
        @NotNull OfferCategory category,
        @NotNull FieldOfAction fieldOfAction,
        @Schema(description = "Integration phases it serves, at least one") @NotEmpty @Size(max = 4) List<@NotNull IntegrationPhase> phases,
        @Schema(description = "Target groups as tags, e.g. Frauen, Familien, junge Erwachsene 18-27") @NotNull @Size(max = 20) List<@NotBlank @Size(max = 50) String> targetGroups,
        @Schema(description = "Languages spoken, ISO 639-1") @NotNull @Size(max = 30) List<@NotBlank String> languages,
        @Valid @NotNull PlaceInput place,
        @Schema(description = "Weekly slots in local time (Europe/Berlin), not overlapping") @NotNull @Size(max = 50) List<@Valid @NotNull SlotInput> schedule,
        LocalDate startsOn,
        @Schema(description = "Not before startsOn") LocalDate endsOn,
        @Schema(description = "Places; leave out when not limited") @Positive Integer capacity,
        @Valid @NotNull EligibilityInput eligibility,
        @PositiveOrZero @Digits(integer = 6, fraction = 2) BigDecimal costEuro,
        @Size(max = 200) String costNote,
        @NotNull OfferStatus status,
        @Schema(description = "For staff only (e.g. how to register, whom to ask); never shown publicly. No personal data of clients.") @Size(max = 1000) String internalNote) {

    @Schema(name = "OfferTranslationInput")
    public record TranslationInput(@NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 5000) String description) {
    }

    /** Where: a contact point, else a quarter, else a municipality of the region-service; address optional. */
    @Schema(name = "OfferPlaceInput")
    public record PlaceInput(UUID municipalityId, UUID quarterId, UUID contactPointId,
            @Size(max = 100) String street,
            @Pattern(regexp = "\\d{5}", message = "must be 5 digits") String postalCode,
            @Size(max = 100) String city) {
    }

    @Schema(name = "OfferSlotInput")
    public record SlotInput(@NotNull DayOfWeek day, @Schema(examples = "09:00") @NotNull LocalTime starts,
            @Schema(examples = "11:00") @NotNull LocalTime ends) {
    }

    /** Who may attend; empty lists and missing ages mean no restriction. */
    @Schema(name = "EligibilityInput")
    public record EligibilityInput(@Min(0) @Max(120) Integer minAge, @Min(0) @Max(120) Integer maxAge,
            @NotNull List<@NotNull Gender> genders, @NotNull List<@NotNull ResidenceStatus> residenceStatuses) {
    }
}
