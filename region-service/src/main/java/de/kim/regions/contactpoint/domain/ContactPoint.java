package de.kim.regions.contactpoint.domain;

import java.util.List;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import de.kim.platform.events.contract.regions.ContactPointState.Closure;
import de.kim.platform.events.contract.regions.ContactPointState.OfficeHours;
import de.kim.regions.common.PostalAddress;
import de.kim.regions.common.RegionEntity;
import de.kim.regions.municipality.domain.Municipality;
import de.kim.regions.quarter.domain.Quarter;

/** A contact point (Anlaufstelle) such as the Michaelsheim in Lünen-Süd, with its office hours. */
@Entity
public class ContactPoint extends RegionEntity {

    public String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Municipality municipality;

    @ManyToOne(fetch = FetchType.LAZY)
    public Quarter quarter;

    @Embedded
    public PostalAddress address;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> operators;

    /** ISO 639-1 codes. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> languages;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> services;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<OfficeHours> officeHours;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Closure> closures;

    public OpeningCalendar calendar() {
        return new OpeningCalendar(officeHours, closures);
    }
}
