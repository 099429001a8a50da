package de.kim.regions.quarter.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import de.kim.regions.common.RegionEntity;
import de.kim.regions.municipality.domain.Municipality;

/** A quarter (Stadtteil or Sozialraum) of a municipality, e.g. Lünen-Süd or Brambauer. */
@Entity
public class Quarter extends RegionEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Municipality municipality;

    public String name;

    @Enumerated(EnumType.STRING)
    public QuarterKind kind;
}
