package de.kim.cases.plan.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import de.kim.cases.casefile.domain.Measure;

/** A measure towards a goal. */
public record MeasureInput(
        @NotBlank @Size(max = 1000) String description,
        @Schema(description = "KIM (the case management) or an authority taking part in the case", examples = "JOBCENTER") @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,29}", message = "must be an authority code such as JOBCENTER") String responsibleAuthority,
        LocalDate dueDate,
        @Schema(description = "Default PLANNED") Measure.Status status,
        @Schema(description = "When it ended; default today when the status is DONE or CANCELLED") LocalDate endedOn) {
}
