package de.kim.regions.quarter.api;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import de.kim.regions.quarter.domain.QuarterKind;

/** A quarter as clients send it. */
@Schema(name = "QuarterInput")
public record QuarterInput(
        @NotNull UUID municipalityId,
        @Schema(examples = "Lünen-Süd") @NotBlank @Size(max = 100) String name,
        @Schema(description = "DISTRICT_PART (Stadtteil) or SOCIAL_AREA (Sozialraum)") @NotNull QuarterKind kind) {
}
