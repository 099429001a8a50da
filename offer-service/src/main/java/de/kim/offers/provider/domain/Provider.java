package de.kim.offers.provider.domain;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A provider (Träger) such as Caritas, Diakonie, the VHS or the city. */
@Entity
public class Provider extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    /** The provider's key in staff tokens (claim "provider"), e.g. caritas-lsw. */
    public String code;

    @Enumerated(EnumType.STRING)
    public ProviderKind kind;

    public String contactEmail;

    public String contactPhone;

    @Version
    public long version;

    public static boolean nameTaken(String name) {
        return count("lower(name) = lower(?1)", name) > 0;
    }
}
