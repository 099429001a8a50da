package de.kim.regions.accommodation.api;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import de.kim.regions.accommodation.domain.Accommodation;
import de.kim.regions.common.AddressInput;

/** An accommodation as clients send it. */
@Schema(name = "AccommodationInput")
public record AccommodationInput(
        @Schema(examples = "Auf dem Ringe") @NotBlank @Size(max = 100) String name,
        @NotNull UUID municipalityId,
        @Schema(description = "Optional; must lie in the municipality") UUID quarterId,
        @Valid @NotNull AddressInput address,
        @Schema(description = "Places, 1 to 48") @Min(1) @Max(Accommodation.MAX_CAPACITY) int capacity,
        @Schema(description = "Places taken, at most the capacity") @Min(0) int occupancy,
        @Schema(examples = "Stadt Lünen") @NotBlank @Size(max = 200) String operator) {
}
