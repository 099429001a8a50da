package de.kim.cases.casefile.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import de.kim.platform.events.contract.cases.CaseState.LanguageSkill;
import de.kim.platform.vocabulary.Gender;
import de.kim.platform.vocabulary.ResidenceStatus;

/** A person of a case's household (Klient/in). */
@Entity
public class HouseholdMember extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    public CaseFile caseFile;

    public int position;

    public String firstName;

    public String lastName;

    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    public Gender gender;

    public String nationality;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<LanguageSkill> languages;

    @Enumerated(EnumType.STRING)
    public ResidenceStatus residenceStatus;

    public LocalDate residenceValidUntil;

    public LocalDate arrivalDate;
}
