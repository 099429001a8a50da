package de.kim.cases.note.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The basis on which the Jugendamt passes on a confided note (§ 65 (1) SGB VIII), with its justification. */
public record ReleaseInput(@NotNull Basis basis, @NotBlank @Size(max = 1000) String justification) {

    @Schema(name = "ReleaseBasis")
    public enum Basis {
        /** § 65 (1) Nr. 1: with the consent of the one who confided it. */
        CONSENT_OF_CONFIDER,
        /**
         * § 65 (1) Nr. 2: to the family court, for its decisions. Recorded only: the court is not in this system, so
         * the note stays the Jugendamt's here.
         */
        COURT_ORDER,
        /** § 65 (1) Nr. 4: to avert a danger to a child's well-being (§ 8a SGB VIII). */
        CHILD_PROTECTION_8A
    }
}
