package de.kim.cases.casefile.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A step towards a goal, owned by one authority (Maßnahme). */
@Entity
public class Measure extends PanacheEntityBase {

    @Schema(name = "MeasureStatus")
    public enum Status {
        PLANNED,
        IN_PROGRESS,
        DONE,
        CANCELLED;

        public boolean ended() {
            return this == DONE || this == CANCELLED;
        }
    }

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "goal_id")
    public CaseGoal goal;

    public String description;

    public String responsibleAuthority;

    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    public Status status;

    public LocalDate endedOn;

    /** The case conference that decided it, if any. */
    public UUID conferenceId;

    public OffsetDateTime createdAt;
}
