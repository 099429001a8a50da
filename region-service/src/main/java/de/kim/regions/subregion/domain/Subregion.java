package de.kim.regions.subregion.domain;

import jakarta.persistence.Entity;

import de.kim.regions.common.RegionEntity;

/** A KIM sub-region (Teilregion), e.g. Nord = Lünen, Werne, Selm. */
@Entity
public class Subregion extends RegionEntity {

    /** Never changes: staff tokens name their sub-region by it. */
    public String code;

    public String name;

    public static Subregion findByCode(String code) {
        return find("code", code).firstResult();
    }
}
