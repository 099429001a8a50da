package de.kim.regions.municipality.domain;

/**
 * The KIM sub-regions (Teilregionen) of the district; e.g. Nord = Lünen, Werne, Selm in Kreis Unna.
 */
public enum Subregion {
    NORD, MITTE, SUED
}
