package de.kim.cases.plan.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import de.kim.cases.plan.service.NeedKind;

/**
 * The standardised needs assessment on arrival (seed 002): family status, schooling and vocational qualifications per
 * member, leisure interests. Language skills are the members' languages with their CEFR levels.
 */
public record AssessmentInput(
        @NotNull @PastOrPresent LocalDate assessedOn,
        @NotNull FamilyStatus familyStatus,
        @NotNull @Size(max = 20) List<@Valid @NotNull MemberAssessmentInput> members,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> leisureInterests,
        @Schema(description = "Needs the rules do not find, added by hand") @Size(max = 20) List<@Valid @NotNull NeedInput> additionalNeeds) {

    public enum FamilyStatus {
        SINGLE,
        MARRIED,
        PARTNERSHIP,
        SEPARATED,
        WIDOWED,
        SINGLE_PARENT
    }

    public enum Schooling {
        NONE,
        PRIMARY,
        SECONDARY,
        UPPER_SECONDARY,
        TERTIARY
    }

    public enum Employment {
        EMPLOYED,
        UNEMPLOYED,
        IN_TRAINING,
        NOT_IN_LABOUR_MARKET
    }

    public record MemberAssessmentInput(
            @NotNull UUID memberId,
            Schooling schooling,
            @Min(0) @Max(30) Integer yearsOfSchooling,
            @Size(max = 200) String vocationalQualification,
            @Schema(description = "Whether the foreign qualification is recognised in Germany") Boolean qualificationRecognised,
            Employment employment,
            @Schema(description = "The child attends a Kita or school") Boolean inChildcareOrSchool,
            @Schema(description = "Health care support is needed (special category, Art. 9 GDPR)") Boolean healthSupport) {
    }

    public record NeedInput(@NotNull NeedKind kind,
            @Schema(description = "The member it concerns; none for the household") UUID memberId,
            @Size(max = 500) String comment) {
    }
}
