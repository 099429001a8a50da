package de.kim.platform.vocabulary;

/**
 * The fields of action (Handlungsfelder) along the educational biography, seed 002: HF1 early help,
 * HF2 day care (Kita), HF3 school, HF4 school to work, HF5 further education, HF6 retirement.
 */
public enum FieldOfAction {
    HF1,
    HF2,
    HF3,
    HF4,
    HF5,
    HF6
}
