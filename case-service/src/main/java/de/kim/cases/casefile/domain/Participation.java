package de.kim.cases.casefile.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An authority taking part in a case (Beteiligung), with its own file reference. */
@Entity
public class Participation extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    public CaseFile caseFile;

    /** JUGENDAMT, SOZIALAMT, JOBCENTER, AUSLAENDERBEHOERDE, or another authority's code. */
    public String authority;

    public String contact;

    /** The authority's Aktenzeichen. */
    public String fileReference;

    public LocalDate since;

    public LocalDate until;
}
