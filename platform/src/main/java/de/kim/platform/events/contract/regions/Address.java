package de.kim.platform.events.contract.regions;

/** A postal address in Germany. */
public record Address(String street, String postalCode, String city) {
}
