package de.kim.offers.place.domain;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A place of the district as the region-service last published it. Written only by its event handler. */
@Entity
@Table(name = "region_place")
public class RegionPlace extends PanacheEntityBase {

    public enum Kind {
        SUBREGION,
        MUNICIPALITY,
        QUARTER,
        CONTACT_POINT
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String name;

    public UUID municipalityId;

    public UUID quarterId;

    public String subregion;

    /** Contact points only: where to go. */
    public String street;

    public String postalCode;

    public String city;

    public long version;

    public boolean deleted;

    /** A live place of the given kind, or null. */
    public static RegionPlace find(UUID id, Kind kind) {
        RegionPlace place = id == null ? null : findById(id);
        return place == null || place.deleted || place.kind != kind ? null : place;
    }
}
