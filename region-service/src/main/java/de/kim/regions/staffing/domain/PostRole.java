package de.kim.regions.staffing.domain;

/** What a funded post is for (seed 001: case management, coordination, the bridge to the immigration office). */
public enum PostRole {
    CASE_MANAGEMENT,
    COORDINATION,
    IMMIGRATION_OFFICE_BRIDGE
}
