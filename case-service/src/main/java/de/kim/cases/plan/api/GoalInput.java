package de.kim.cases.plan.api;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import de.kim.cases.casefile.domain.CaseGoal;
import de.kim.platform.vocabulary.DataCategory;

/** A goal of the support plan. */
public record GoalInput(
        @NotBlank @Size(max = 300) String title,
        @Schema(description = "Which consent covers it; default the need's category") DataCategory category,
        @Schema(description = "The need it answers, from the assessment") UUID needId,
        @Schema(description = "Default OPEN") CaseGoal.Status status) {
}
