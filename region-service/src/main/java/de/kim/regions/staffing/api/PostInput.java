package de.kim.regions.staffing.api;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import de.kim.regions.staffing.domain.PostRole;

/** Funded posts as clients send them. */
@Schema(name = "PostInput")
public record PostInput(
        @NotNull UUID municipalityId,
        @NotNull PostRole role,
        @Schema(description = "Full-time equivalents, e.g. 0.5 or 2.0", examples = "0.5") @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal fte,
        @Size(max = 200) String note) {
}
