package de.kim.regions.staffing.domain;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import de.kim.regions.subregion.domain.Subregion;

/** A coordinator or case manager of a sub-region, known by their identity-provider subject. */
@Entity
public class TeamMember extends PanacheEntityBase {

    @Id
    public UUID id;

    public String subject;

    public String displayName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Subregion subregion;

    @Enumerated(EnumType.STRING)
    public TeamRole role;

    @Version
    public long version;
}
