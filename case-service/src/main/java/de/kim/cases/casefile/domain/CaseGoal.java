package de.kim.cases.casefile.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import de.kim.platform.vocabulary.DataCategory;

/** A goal of the support plan (Hilfeplan) with the measures towards it. */
@Entity
@Table(name = "case_goal")
public class CaseGoal extends PanacheEntityBase {

    @Schema(name = "GoalStatus")
    public enum Status {
        OPEN,
        ACHIEVED,
        DROPPED
    }

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    public CaseFile caseFile;

    public String title;

    /** Decides which authorities' consent lets them see the goal and its measures. */
    @Enumerated(EnumType.STRING)
    public DataCategory category;

    public UUID needId;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int position;

    @OneToMany(mappedBy = "goal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("createdAt, id")
    public List<Measure> measures = new ArrayList<>();
}
