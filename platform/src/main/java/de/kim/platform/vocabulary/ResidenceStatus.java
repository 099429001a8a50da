package de.kim.platform.vocabulary;

/**
 * Residence statuses that decide which offers a person may attend (seed 002: some may not take a
 * language course "qua Status").
 */
public enum ResidenceStatus {
    /** Aufenthaltsgestattung during the asylum procedure. */
    ASYLUM_SEEKER,
    /** Duldung. */
    TOLERATED,
    /** Recognised refugee or entitled to asylum. */
    RECOGNISED_REFUGEE,
    SUBSIDIARY_PROTECTION,
    /** § 24 AufenthG, e.g. people from Ukraine. */
    TEMPORARY_PROTECTION,
    OTHER_RESIDENCE_PERMIT,
    SETTLEMENT_PERMIT,
    EU_CITIZEN,
    GERMAN
}
