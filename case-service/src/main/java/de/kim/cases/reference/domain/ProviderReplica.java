package de.kim.cases.reference.domain;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A provider's code, the recipient a provider consent names. Written only by its event handler. */
@Entity
@Table(name = "provider_replica")
public class ProviderReplica extends PanacheEntityBase {

    @Id
    public UUID id;

    public String code;

    public long version;

    public boolean deleted;
}
