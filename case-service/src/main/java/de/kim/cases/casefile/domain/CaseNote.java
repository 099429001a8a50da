package de.kim.cases.casefile.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import de.kim.platform.events.contract.cases.CaseState;
import de.kim.platform.vocabulary.DataCategory;

/** A note on the case (Aktenvermerk): written once, never edited, shown by its visibility. */
@Entity
@Table(name = "case_note")
public class CaseNote extends PanacheEntityBase {

    public enum Visibility {
        /** Every participating authority whose consent covers the note's category. */
        ALL_PARTICIPANTS,
        /** The writer's own authority only (the KIM team when a case manager writes). */
        OWN_AUTHORITY
    }

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    public CaseFile caseFile;

    @Enumerated(EnumType.STRING)
    public DataCategory category;

    public String text;

    @Enumerated(EnumType.STRING)
    public Visibility visibility;

    /** Null when the KIM case management wrote it. */
    public String authorAuthority;

    public String author;

    public OffsetDateTime writtenAt;

    /** Confided to the Jugendamt (§ 65 SGB VIII): nobody else sees it unless it is released. */
    public boolean confided;

    @JdbcTypeCode(SqlTypes.JSON)
    public CaseState.Release release;

    /**
     * Whether the note is still for the Jugendamt's eyes only: confided and not released, or released only to the
     * family court (§ 65 (1) Nr. 2 SGB VIII), which happens outside this system.
     */
    public static boolean keptByJugendamt(CaseState.Note note) {
        return note.confided() && (note.release() == null || "COURT_ORDER".equals(note.release().basis()));
    }
}
