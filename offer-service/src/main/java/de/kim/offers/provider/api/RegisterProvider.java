package de.kim.offers.provider.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import de.kim.offers.provider.domain.ProviderKind;

/** Request to register a provider (Träger). */
@Schema(name = "RegisterProvider")
public record RegisterProvider(
        @Schema(examples = "Caritasverband Lünen-Selm-Werne e. V.") @NotBlank @Size(max = 200) String name,
        @Schema(description = "Key in staff tokens (claim provider); lower-case letters, digits, -", examples = "caritas-lsw") @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,49}", message = "must be lower-case letters, digits and -") String code,
        @NotNull ProviderKind kind,
        @Schema(description = "Office contact (no personal mailbox)") @Email @Size(max = 254) String contactEmail,
        @Pattern(regexp = "[0-9 +()/-]{3,40}", message = "must be a phone number") String contactPhone) {
}
