package de.kim.regions.staffing.domain;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import de.kim.regions.municipality.domain.Municipality;

/** Funded posts (Stellen) of a municipality, in full-time equivalents, e.g. 0.5 case management in Werne. */
@Entity
public class Post extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Municipality municipality;

    @Enumerated(EnumType.STRING)
    public PostRole role;

    public BigDecimal fte;

    public String note;

    @Version
    public long version;
}
