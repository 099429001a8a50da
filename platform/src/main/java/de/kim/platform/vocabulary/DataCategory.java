package de.kim.platform.vocabulary;

/**
 * The categories of a case's data a consent (or statutory basis) can cover: what an authority's
 * view may show.
 */
public enum DataCategory {
    /** Names, birth dates, household. */
    MASTER_DATA,
    /** Residence status and its expiry. */
    RESIDENCE,
    EDUCATION_WORK,
    /** Art. 9 GDPR special category. */
    HEALTH,
    /** Jugendamt matters (SGB VIII); confided notes only under § 65 SGB VIII. */
    FAMILY_CHILD_WELFARE,
    FINANCES
}
