package de.kim.regions.municipality.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A municipality as clients send it. */
@Schema(name = "MunicipalityInput")
public record MunicipalityInput(
        @Schema(description = "Amtlicher Gemeindeschlüssel, 8 digits", examples = "05978024") @NotNull @Pattern(regexp = "\\d{8}", message = "must be 8 digits") String ags,
        @Schema(examples = "Lünen") @NotBlank @Size(max = 100) String name,
        @Schema(description = "Code of the KIM sub-region (Teilregion)", examples = "NORD") @NotBlank String subregion) {
}
