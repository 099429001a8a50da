package de.kim.regions.quarter.domain;

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

/** A quarter (Stadtteil or Sozialraum) of a municipality, e.g. Lünen-Süd or Brambauer. */
@Entity
public class Quarter extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Municipality municipality;

    public String name;

    @Enumerated(EnumType.STRING)
    public QuarterKind kind;

    @Version
    public long version;
}
