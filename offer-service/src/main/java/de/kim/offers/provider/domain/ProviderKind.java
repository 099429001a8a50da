package de.kim.offers.provider.domain;

/** What kind of organisation runs offers (Trägerart). */
public enum ProviderKind {
    MUNICIPALITY,
    WELFARE_ORGANISATION,
    ASSOCIATION,
    VOLUNTEER_INITIATIVE,
    EDUCATION_PROVIDER
}
