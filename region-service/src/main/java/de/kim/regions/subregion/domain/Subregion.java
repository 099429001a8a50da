package de.kim.regions.subregion.domain;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A KIM sub-region (Teilregion), e.g. Nord = Lünen, Werne, Selm. */
@Entity
public class Subregion extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Never changes: staff tokens name their sub-region by it. */
    public String code;

    public String name;

    @Version
    public long version;

    public static Subregion findByCode(String code) {
        return find("code", code).firstResult();
    }
}
