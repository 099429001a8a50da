package de.kim.regions.municipality.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import de.kim.regions.common.RegionEntity;
import de.kim.regions.subregion.domain.Subregion;

/** A municipality (Kommune), identified officially by its AGS. */
@Entity
public class Municipality extends RegionEntity {

    public String ags;

    public String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Subregion subregion;

    public static Municipality findByAgs(String ags) {
        return find("ags", ags).firstResult();
    }
}
