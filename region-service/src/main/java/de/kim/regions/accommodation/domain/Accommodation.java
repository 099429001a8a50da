package de.kim.regions.accommodation.domain;

import java.util.UUID;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import de.kim.regions.common.PostalAddress;
import de.kim.regions.municipality.domain.Municipality;
import de.kim.regions.quarter.domain.Quarter;

/** An accommodation (Unterkunft) with at most 48 places, e.g. "Auf dem Ringe" in Lünen. */
@Entity
public class Accommodation extends PanacheEntityBase {

    public static final int MAX_CAPACITY = 48;

    @Id
    public UUID id;

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

    @Version
    public long version;
}
