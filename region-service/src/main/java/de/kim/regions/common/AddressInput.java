package de.kim.regions.common;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import de.kim.platform.events.contract.regions.Address;

/** An address as clients send it. */
@Schema(name = "AddressInput")
public record AddressInput(
        @Schema(examples = "Alsenstraße 13") @NotBlank @Size(max = 100) String street,
        @Schema(examples = "44536") @NotBlank @Pattern(regexp = "\\d{5}", message = "must be 5 digits") String postalCode,
        @Schema(examples = "Lünen") @NotBlank @Size(max = 100) String city) {

    public Address toAddress() {
        return new Address(street, postalCode, city);
    }
}
