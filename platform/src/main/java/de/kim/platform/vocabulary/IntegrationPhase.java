package de.kim.platform.vocabulary;

/** The integration phases of the support chain (Förderkette), seed 002; a case ends with detachment. */
public enum IntegrationPhase {
    ANKOMMEN,
    ORIENTIERUNG,
    EINGEWOEHNUNG,
    INTEGRATION
}
