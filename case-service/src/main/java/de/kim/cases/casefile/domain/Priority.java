package de.kim.cases.casefile.domain;

public enum Priority {
    LOW,
    NORMAL,
    HIGH
}
