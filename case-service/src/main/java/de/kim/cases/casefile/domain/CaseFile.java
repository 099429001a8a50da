package de.kim.cases.casefile.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import de.kim.platform.events.contract.cases.CaseState;

/** A case (Fall) of one person or household; "case" is a Java keyword, hence the name. */
@Entity
@Table(name = "case_file")
public class CaseFile extends PanacheEntityBase {

    @Id
    public UUID id;

    /** KIM-NORD-2026-000123. */
    public String number;

    /** Sub-region code, from the municipality: decides who may see the case. */
    public String subregion;

    public UUID municipalityId;

    public UUID quarterId;

    public UUID accommodationId;

    @Enumerated(EnumType.STRING)
    public CasePhase phase;

    public String closedReason;

    /** Every phase the case was in, oldest first; the last step is the current phase. */
    @ElementCollection
    @CollectionTable(name = "case_phase_step", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    public List<PhaseStep> phaseHistory = new ArrayList<>();

    /** Identity-provider subject of the responsible case manager. */
    public String caseManager;

    @Enumerated(EnumType.STRING)
    public Priority priority;

    public LocalDate nextReview;

    public OffsetDateTime openedAt;

    /** Moves on with every change; the worklist flags cases nobody has touched for long. */
    public OffsetDateTime lastActivityAt;

    /** A hand-over waiting for the receiving side; all null when none is pending. */
    public String transferToSubregion;

    public UUID transferToMunicipalityId;

    public String transferToCaseManager;

    public String transferReason;

    public String transferRequestedBy;

    public OffsetDateTime transferRequestedAt;

    /** The questionnaire is one document, replaced as a whole. */
    @JdbcTypeCode(SqlTypes.JSON)
    public CaseState.Assessment assessment;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<CaseState.Need> needs = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<HouseholdMember> members = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("since, authority")
    public List<Participation> participations = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("grantedOn, recipient")
    public List<Consent> consents = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<CaseGoal> goals = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("heldOn, id")
    public List<Conference> conferences = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("writtenAt, id")
    public List<CaseNote> notes = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("requestedAt, id")
    public List<Referral> referrals = new ArrayList<>();

    @Version
    public long version;
}
