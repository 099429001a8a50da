package de.kim.regions.common;

import jakarta.persistence.Embeddable;

import de.kim.platform.events.contract.regions.Address;

/** The address columns of accommodations and contact points. */
@Embeddable
public class PostalAddress {

    public String street;

    public String postalCode;

    public String city;

    public static PostalAddress of(Address address) {
        PostalAddress postal = new PostalAddress();
        postal.street = address.street();
        postal.postalCode = address.postalCode();
        postal.city = address.city();
        return postal;
    }

    public Address toAddress() {
        return new Address(street, postalCode, city);
    }
}
