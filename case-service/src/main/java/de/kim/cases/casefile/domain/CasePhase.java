package de.kim.cases.casefile.domain;

/** The integration phases a case moves through (seed 002), then closed with a reason. */
public enum CasePhase {
    ANKOMMEN,
    ORIENTIERUNG,
    EINGEWOEHNUNG,
    INTEGRATION,
    CLOSED
}
