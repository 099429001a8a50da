package de.kim.regions.staffing.domain;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import de.kim.regions.common.RegionEntity;
import de.kim.regions.municipality.domain.Municipality;

/** Funded posts (Stellen) of a municipality, in full-time equivalents, e.g. 0.5 case management in Werne. */
@Entity
public class Post extends RegionEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Municipality municipality;

    @Enumerated(EnumType.STRING)
    public PostRole role;

    public BigDecimal fte;

    public String note;
}
