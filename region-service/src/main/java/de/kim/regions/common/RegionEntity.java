package de.kim.regions.common;

import java.util.UUID;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What every piece of the district's reference data has: a stable id (the event subject and Kafka
 * key) and a version (the ETag, and the aggregate version of its events).
 */
@MappedSuperclass
public abstract class RegionEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Version
    public long version;
}
