package de.kim.cases.casefile.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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

import de.kim.platform.vocabulary.DataCategory;

/**
 * What a recipient may see of a case: a written consent (Einwilligung, Schweigepflichtentbindung) or
 * a statutory basis (§ 69 SGB X) with its justification. Revoked consents stay, for the record.
 */
@Entity
public class Consent extends PanacheEntityBase {

    public enum RecipientKind {
        AUTHORITY,
        PROVIDER
    }

    public enum LegalBasis {
        CONSENT,
        STATUTORY_69
    }

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    public CaseFile caseFile;

    @Enumerated(EnumType.STRING)
    public RecipientKind recipientKind;

    public String recipient;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<DataCategory> categories;

    public String purpose;

    @Enumerated(EnumType.STRING)
    public LegalBasis legalBasis;

    public String justification;

    public String documentReference;

    public LocalDate grantedOn;

    public LocalDate validUntil;

    public OffsetDateTime revokedAt;
}
