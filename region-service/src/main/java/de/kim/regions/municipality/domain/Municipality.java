package de.kim.regions.municipality.domain;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import de.kim.regions.subregion.domain.Subregion;

/** A municipality (Kommune), identified officially by its AGS. */
@Entity
public class Municipality extends PanacheEntityBase {

    @Id
    public UUID id;

    public String ags;

    public String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Subregion subregion;

    @Version
    public long version;

    public static Municipality findByAgs(String ags) {
        return find("ags", ags).firstResult();
    }
}
