package de.kim.cases.casefile.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An authority joining a case. */
@Schema(name = "ParticipationInput")
public record ParticipationInput(
        @Schema(description = "JUGENDAMT, SOZIALAMT, JOBCENTER, AUSLAENDERBEHOERDE or another authority's code", examples = "JOBCENTER") @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,29}", message = "must be an upper-case authority code") String authority,
        @Schema(description = "Contact at the authority (an office, not a private address)") @Size(max = 200) String contact,
        @Schema(description = "The authority's Aktenzeichen") @Size(max = 100) String fileReference,
        @NotNull LocalDate since) {
}
