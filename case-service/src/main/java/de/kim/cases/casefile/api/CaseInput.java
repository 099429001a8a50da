package de.kim.cases.casefile.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import de.kim.cases.casefile.domain.CasePhase;
import de.kim.cases.casefile.domain.Priority;
import de.kim.platform.vocabulary.Gender;
import de.kim.platform.vocabulary.ResidenceStatus;

/** A case as clients send it, with its household. */
@Schema(name = "CaseInput")
public record CaseInput(
        @Schema(description = "Municipality (from the region-service); decides the sub-region") @NotNull UUID municipalityId,
        @Schema(description = "Quarter (Stadtteil) of that municipality, from the region-service") UUID quarterId,
        @Schema(description = "Accommodation of that municipality, from the region-service") UUID accommodationId,
        @Schema(description = "Default ANKOMMEN; CLOSED needs closedReason") CasePhase phase,
        @Size(max = 200) String closedReason,
        @Schema(description = "Subject of the responsible case manager; default the caller") @Size(max = 100) String caseManager,
        @Schema(description = "Default NORMAL") Priority priority,
        LocalDate nextReview,
        @NotEmpty @Size(max = 20) List<@Valid @NotNull MemberInput> members) {

    @Schema(name = "HouseholdMemberInput")
    public record MemberInput(
            @Schema(description = "The member's id when changing a case: keeps who is who for needs and referrals; none for a new member") UUID id,
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @Past LocalDate birthDate,
            Gender gender,
            @Schema(description = "ISO 3166-1 alpha-2, e.g. SY") @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String nationality,
            @NotNull @Size(max = 10) List<@Valid @NotNull LanguageInput> languages,
            ResidenceStatus residenceStatus,
            LocalDate residenceValidUntil,
            @PastOrPresent LocalDate arrivalDate) {
    }

    @Schema(name = "LanguageSkillInput")
    public record LanguageInput(@Schema(examples = "ar") @NotBlank String code,
            @Schema(description = "CEFR level A1…C2, or native", examples = "B1") @NotNull @Pattern(regexp = "A1|A2|B1|B2|C1|C2|native", message = "must be A1, A2, B1, B2, C1, C2 or native") String level) {
    }
}
