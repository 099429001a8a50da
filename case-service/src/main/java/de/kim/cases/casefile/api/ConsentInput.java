package de.kim.cases.casefile.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import de.kim.cases.casefile.domain.Consent.LegalBasis;
import de.kim.cases.casefile.domain.Consent.RecipientKind;
import de.kim.platform.vocabulary.DataCategory;

/**
 * A consent (or statutory basis) as it is recorded: who may see which categories, for what, on what
 * legal basis.
 */
@Schema(name = "ConsentInput")
public record ConsentInput(
        @NotNull RecipientKind recipientKind,
        @Schema(description = "Authority code (e.g. JOBCENTER) or provider code (e.g. caritas-lsw)") @NotBlank @Size(max = 50) String recipient,
        @NotEmpty @Size(max = 6) List<@NotNull DataCategory> categories,
        @Schema(description = "The purpose in words") @NotBlank @Size(max = 1000) String purpose,
        @NotNull LegalBasis legalBasis,
        @Schema(description = "Required for STATUTORY_69 (§ 69 SGB X)") @Size(max = 1000) String justification,
        @Schema(description = "The signed form; required for CONSENT (written form)") @Size(max = 200) String documentReference,
        @NotNull LocalDate grantedOn,
        LocalDate validUntil) {
}
