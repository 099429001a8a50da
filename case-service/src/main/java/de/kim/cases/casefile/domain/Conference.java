package de.kim.cases.casefile.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import de.kim.platform.events.contract.cases.CaseState;

/** A cross-authority case conference (Fallkonferenz); its decisions become measures of the plan. */
@Entity
public class Conference extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    public CaseFile caseFile;

    public LocalDate heldOn;

    /** Authority codes of those who took part. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> participants;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<CaseState.Decision> decisions;

    public String minutesBy;
}
