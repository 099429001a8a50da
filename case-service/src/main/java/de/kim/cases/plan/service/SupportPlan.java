package de.kim.cases.plan.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import de.kim.cases.casefile.domain.CaseFile;
import de.kim.cases.casefile.domain.CaseGoal;
import de.kim.cases.casefile.domain.Conference;
import de.kim.cases.casefile.domain.Measure;
import de.kim.cases.casefile.service.CaseChange;
import de.kim.cases.casefile.service.CaseService;
import de.kim.cases.common.Now;
import de.kim.cases.plan.api.ConferenceInput;
import de.kim.cases.plan.api.GoalInput;
import de.kim.cases.plan.api.MeasureInput;
import de.kim.platform.api.Versioned;
import de.kim.platform.events.contract.cases.CaseState;
import de.kim.platform.problem.ApiProblem;
import de.kim.platform.vocabulary.DataCategory;

/**
 * The support plan (Hilfeplan): goals, measures each owned by one authority with a due date, and case conferences whose
 * decisions become measures.
 */
@ApplicationScoped
public class SupportPlan {

    /** The case management itself, always allowed to own a measure. */
    public static final String KIM = "KIM";
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final CaseService cases;

    SupportPlan(CaseService cases) {
        this.cases = cases;
    }

    @Transactional
    public Versioned<CaseState> addGoal(UUID caseId, long expectedVersion, GoalInput input) {
        CaseChange change = cases.begin(caseId, expectedVersion, "GOAL_ADDED");
        CaseFile caseFile = change.caseFile();
        CaseGoal goal = new CaseGoal();
        goal.id = UUID.randomUUID();
        goal.caseFile = caseFile;
        goal.position = caseFile.goals.size();
        copy(caseFile, input, goal);
        caseFile.goals.add(goal);
        return cases.commit(change);
    }

    @Transactional
    public Versioned<CaseState> updateGoal(UUID caseId, UUID goalId, long expectedVersion, GoalInput input) {
        CaseChange change = cases.begin(caseId, expectedVersion, "GOAL_CHANGED");
        copy(change.caseFile(), input, goal(change.caseFile(), goalId));
        return cases.commit(change);
    }

    @Transactional
    public Versioned<CaseState> addMeasure(UUID caseId, UUID goalId, long expectedVersion, MeasureInput input) {
        CaseChange change = cases.begin(caseId, expectedVersion, "MEASURE_ADDED");
        CaseGoal goal = goal(change.caseFile(), goalId);
        Measure measure = new Measure();
        measure.id = UUID.randomUUID();
        measure.goal = goal;
        measure.createdAt = Now.utc();
        copy(change.caseFile(), input, measure);
        goal.measures.add(measure);
        return cases.commit(change);
    }

    @Transactional
    public Versioned<CaseState> updateMeasure(UUID caseId, UUID goalId, UUID measureId, long expectedVersion,
            MeasureInput input) {
        CaseChange change = cases.begin(caseId, expectedVersion, "MEASURE_CHANGED");
        Measure measure = goal(change.caseFile(), goalId).measures.stream().filter(m -> m.id.equals(measureId))
                .findFirst().orElseThrow(() -> ApiProblem.notFound("No such measure in this goal."));
        copy(change.caseFile(), input, measure);
        return cases.commit(change);
    }

    /** Records a conference; each decision becomes a measure, in its goal or in a goal of the conference. */
    @Transactional
    public Versioned<CaseState> recordConference(UUID caseId, long expectedVersion, ConferenceInput input) {
        CaseChange change = cases.begin(caseId, expectedVersion, "CONFERENCE_RECORDED");
        CaseFile caseFile = change.caseFile();
        for (int i = 0; i < input.participants().size(); i++) {
            requireTakingPart(caseFile, input.participants().get(i), "participants[" + i + "]");
        }
        Conference conference = new Conference();
        conference.id = UUID.randomUUID();
        conference.caseFile = caseFile;
        conference.heldOn = input.heldOn();
        conference.participants = input.participants().stream().distinct().toList();
        conference.minutesBy = change.actor();
        List<CaseState.Decision> decisions = new ArrayList<>();
        Map<DataCategory, CaseGoal> conferenceGoals = new HashMap<>();
        for (int i = 0; i < input.decisions().size(); i++) {
            ConferenceInput.Decision decision = input.decisions().get(i);
            requireTakingPart(caseFile, decision.responsibleAuthority(),
                    "decisions[" + i + "].responsibleAuthority");
            if (decision.goalId() != null && caseFile.goals.stream().noneMatch(g -> g.id.equals(decision.goalId()))) {
                throw ApiProblem.invalid("decisions[" + i + "].goalId", "unknown", "no such goal in this case");
            }
            if (decision.goalId() == null && decision.category() == null) {
                // Who may read a decision follows its category; no default, so nothing is shared more widely by
                // accident.
                throw ApiProblem.invalid("decisions[" + i + "].category", "required",
                        "is required for a decision without a goal");
            }
            CaseGoal goal = decision.goalId() != null
                    ? goal(caseFile, decision.goalId())
                    : conferenceGoals.computeIfAbsent(decision.category(),
                            category -> newConferenceGoal(caseFile, input.heldOn(), category));
            Measure measure = new Measure();
            measure.id = UUID.randomUUID();
            measure.goal = goal;
            measure.description = decision.text();
            measure.responsibleAuthority = decision.responsibleAuthority();
            measure.dueDate = decision.dueDate();
            measure.status = Measure.Status.PLANNED;
            measure.conferenceId = conference.id;
            measure.createdAt = Now.utc();
            goal.measures.add(measure);
            decisions.add(new CaseState.Decision(decision.text(), goal.category, measure.id));
        }
        conference.decisions = decisions;
        caseFile.conferences.add(conference);
        return cases.commit(change);
    }

    private static CaseGoal newConferenceGoal(CaseFile caseFile, LocalDate heldOn, DataCategory category) {
        CaseGoal goal = new CaseGoal();
        goal.id = UUID.randomUUID();
        goal.caseFile = caseFile;
        goal.position = caseFile.goals.size();
        goal.title = "Beschlüsse der Fallkonferenz vom " + GERMAN_DATE.format(heldOn);
        goal.category = category;
        goal.status = CaseGoal.Status.OPEN;
        caseFile.goals.add(goal);
        return goal;
    }

    private static void copy(CaseFile caseFile, GoalInput input, CaseGoal goal) {
        CaseState.Need need = null;
        if (input.needId() != null) {
            need = caseFile.needs.stream().filter(n -> n.id().equals(input.needId())).findFirst()
                    .orElseThrow(
                            () -> ApiProblem.invalid("needId", "unknown", "no such need in this case's assessment"));
        }
        if (input.category() == null && need == null) {
            throw ApiProblem.invalid("category", "required", "is required for a goal that answers no need");
        }
        if (need != null && input.category() != null && input.category() != need.category()) {
            // Another category would show the need to authorities whose consent does not cover it.
            throw ApiProblem.invalid("category", "need-category",
                    "must be the need's category " + need.category() + ", or left out");
        }
        goal.title = input.title();
        goal.needId = input.needId();
        goal.category = input.category() != null ? input.category() : need.category();
        goal.status = input.status() == null ? CaseGoal.Status.OPEN : input.status();
    }

    private static void copy(CaseFile caseFile, MeasureInput input, Measure measure) {
        if (!input.responsibleAuthority().equals(measure.responsibleAuthority)) {
            // A measure of an authority that has left can still be closed; only a new owner must take part.
            requireTakingPart(caseFile, input.responsibleAuthority(), "responsibleAuthority");
        }
        Measure.Status status = input.status() == null ? Measure.Status.PLANNED : input.status();
        if (!status.ended() && input.endedOn() != null) {
            throw ApiProblem.invalid("endedOn", "not-ended", "only a DONE or CANCELLED measure has ended");
        }
        measure.description = input.description();
        measure.responsibleAuthority = input.responsibleAuthority();
        measure.dueDate = input.dueDate();
        measure.status = status;
        measure.endedOn = !status.ended()
                ? null
                : input.endedOn() != null
                        ? input.endedOn()
                        : measure.endedOn != null ? measure.endedOn : Now.today();
    }

    private static CaseGoal goal(CaseFile caseFile, UUID goalId) {
        return caseFile.goals.stream().filter(g -> g.id.equals(goalId)).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("No such goal in this case."));
    }

    /** Only the case management and authorities taking part in the case can own a measure or sit in a conference. */
    private static void requireTakingPart(CaseFile caseFile, String authority, String field) {
        LocalDate today = Now.today();
        boolean takingPart = KIM.equals(authority) || caseFile.participations.stream()
                .anyMatch(p -> p.authority.equals(authority) && (p.until == null || !p.until.isBefore(today)));
        if (!takingPart) {
            throw ApiProblem.invalid(field, "not-participating", "must be KIM or an authority taking part in the case");
        }
    }
}
