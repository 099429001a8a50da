package de.kim.regions.subregion.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The changeable part of a sub-region: its name (the code is fixed). */
@Schema(name = "SubregionUpdate")
public record SubregionRename(
        @Schema(examples = "Teilregion Nord (Lünen, Werne, Selm)") @NotBlank @Size(max = 100) String name) {
}
