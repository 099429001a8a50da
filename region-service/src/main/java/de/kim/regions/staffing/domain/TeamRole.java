package de.kim.regions.staffing.domain;

/** A team member's role in a sub-region. */
public enum TeamRole {
    COORDINATOR,
    CASE_MANAGER
}
