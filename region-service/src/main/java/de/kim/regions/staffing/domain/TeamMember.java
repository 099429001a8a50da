package de.kim.regions.staffing.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import de.kim.regions.common.RegionEntity;
import de.kim.regions.subregion.domain.Subregion;

/** A coordinator or case manager of a sub-region, known by their identity-provider subject. */
@Entity
public class TeamMember extends RegionEntity {

    public String subject;

    public String displayName;

    /** Work phone and e-mail: whom authorities and providers call about a case. */
    public String phone;

    public String email;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Subregion subregion;

    @Enumerated(EnumType.STRING)
    public TeamRole role;
}
