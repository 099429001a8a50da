package de.kim.cases.reference.domain;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A quarter or accommodation as the region-service last published it. Written only by its event handler. */
@Entity
@Table(name = "place_replica")
public class PlaceReplica extends PanacheEntityBase {

    public enum Kind {
        QUARTER,
        ACCOMMODATION
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public UUID municipalityId;

    public String name;

    public long version;

    public boolean deleted;

    /** Whether a live place of this kind lies in the municipality. */
    public static boolean existsIn(UUID id, Kind kind, UUID municipalityId) {
        PlaceReplica place = findById(id);
        return place != null && !place.deleted && place.kind == kind && municipalityId.equals(place.municipalityId);
    }
}
