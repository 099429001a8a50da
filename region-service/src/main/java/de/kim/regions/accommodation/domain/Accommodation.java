package de.kim.regions.accommodation.domain;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import de.kim.regions.common.PostalAddress;
import de.kim.regions.common.RegionEntity;
import de.kim.regions.municipality.domain.Municipality;
import de.kim.regions.quarter.domain.Quarter;

/** An accommodation (Unterkunft) with at most 48 places, e.g. "Auf dem Ringe" in Lünen. */
@Entity
public class Accommodation extends RegionEntity {

    public static final int MAX_CAPACITY = 48;

    public String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Municipality municipality;

    @ManyToOne(fetch = FetchType.LAZY)
    public Quarter quarter;

    @Embedded
    public PostalAddress address;

    public int capacity;

    public int occupancy;

    public String operator;
}
