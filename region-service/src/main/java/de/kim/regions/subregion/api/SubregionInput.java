package de.kim.regions.subregion.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new sub-region. */
@Schema(name = "SubregionInput")
public record SubregionInput(
        @Schema(description = "Upper-case code, also the subregion claim of staff tokens; cannot change later", examples = "NORD") @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,19}", message = "must be upper-case letters, digits or _, at most 20") String code,
        @Schema(examples = "Teilregion Nord") @NotBlank @Size(max = 100) String name) {
}
