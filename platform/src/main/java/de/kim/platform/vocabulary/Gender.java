package de.kim.platform.vocabulary;

/** Gender as recorded in German registers (incl. "divers"). */
public enum Gender {
    FEMALE,
    MALE,
    DIVERSE
}
