package de.kim.regions.quarter.domain;

/** Stadtteil (part of a town) or Sozialraum (social area the monitoring reports on). */
public enum QuarterKind {
    DISTRICT_PART,
    SOCIAL_AREA
}
