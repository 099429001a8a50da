package de.kim.cases.reference.domain;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A municipality as last published by the region-service. Written only by its event handler. */
@Entity
@Table(name = "municipality_replica")
public class MunicipalityReplica extends PanacheEntityBase {

    @Id
    public UUID id;

    public String ags;

    public String name;

    public String subregion;

    /** Aggregate version of the applied event; older or equal versions are ignored. */
    public long version;

    /** Deleted at the source; kept so that older states cannot resurrect it. */
    public boolean deleted;
}
