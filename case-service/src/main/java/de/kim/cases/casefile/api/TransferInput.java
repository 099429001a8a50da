package de.kim.cases.casefile.api;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A hand-over of a case: to another case manager, to another sub-region (by the municipality moved to), or both. */
public record TransferInput(
        @Schema(description = "Where the household lives now; another sub-region's municipality hands the case to that sub-region") UUID toMunicipalityId,
        @Schema(description = "Subject of the receiving case manager; none lets any case manager or coordinator of the receiving sub-region accept") @Size(max = 100) String toCaseManager,
        @NotBlank @Size(max = 500) String reason) {
}
