package de.kim.cases.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.kim.cases.casefile.domain.CaseGoal;
import de.kim.cases.casefile.domain.Consent;
import de.kim.cases.casefile.domain.Measure;
import de.kim.cases.demo.CaseloadPlanner.Caseload;
import de.kim.cases.demo.Residents.Resident;
import de.kim.cases.plan.api.AssessmentInput.Employment;
import de.kim.cases.plan.api.AssessmentInput.Schooling;
import de.kim.cases.plan.api.NeedClosingInput;
import de.kim.cases.plan.service.NeedKind;
import de.kim.platform.vocabulary.DataCategory;

/**
 * The needs assessment of a demo case and what follows from it: goals with measures that start, end or are given up,
 * a case conference where several authorities take part, and referrals to the district's offers.
 */
final class SupportSteps {

    private static final Set<String> ENOUGH_GERMAN = Set.of("B1", "B2", "C1", "C2");
    private static final int MOST_GOALS = 4;
    private static final int MOST_REFERRALS = 3;

    /** A need of a member (or of the household when {@code member} is null), as the assessment's rules find it. */
    record NeedOf(NeedKind kind, Integer member) {
    }

    private final Timeline timeline;
    private final Draw draw;
    private final List<Resident> residents;
    private final Caseload caseload;
    private final String subregion;
    private final String[] german;
    private final List<NeedOf> needs = new ArrayList<>();
    private final Map<NeedOf, OffsetDateTime> goals = new LinkedHashMap<>();
    private LocalDate assessedOn;
    private int goalCount;
    private int measureCount;

    SupportSteps(Timeline timeline, List<Resident> residents, Caseload caseload, String subregion, String[] german) {
        this.timeline = timeline;
        this.draw = timeline.draw;
        this.residents = residents;
        this.caseload = caseload;
        this.subregion = subregion;
        this.german = german;
    }

    /** In the first weeks (seed 002); the needs it yields follow the assessment's rules. */
    void assessment(HouseholdShape shape, boolean inAccommodation) {
        LocalDate day = timeline.after(timeline.opened, 3, 20);
        if (!timeline.within(day)) {
            return;
        }
        assessedOn = day;
        List<Step.Answers> answers = residents.stream().map(Resident::answers).toList();
        for (int i = 0; i < residents.size(); i++) {
            ruleNeeds(i, residents.get(i), day);
        }
        List<Step.AddedNeed> added = new ArrayList<>();
        boolean adults = residents.stream().anyMatch(r -> r.role().adult());
        if (adults && draw.chance(inAccommodation ? 0.8 : 0.12)) {
            added.add(new Step.AddedNeed(NeedKind.HOUSING, null, "Wohnungssuche"));
        }
        int first = 0;
        if (adults && draw.chance(0.25)) {
            added.add(new Step.AddedNeed(NeedKind.COUNSELLING, first, null));
        }
        List<String> interests = new ArrayList<>();
        for (int i = draw.between(0, 3); i > 0; i--) {
            String interest = draw.oneOf(DemoTexts.LEISURE);
            if (!interests.contains(interest)) {
                interests.add(interest);
            }
        }
        for (int i = 0; i < residents.size(); i++) {
            if (residents.get(i).female() && residents.get(i).ageOn(day) >= 18 && draw.chance(0.15)) {
                added.add(new Step.AddedNeed(NeedKind.LEISURE, i, "Kontakte zu anderen Frauen im Stadtteil"));
                break;
            }
        }
        added.forEach(need -> needs.add(new NeedOf(need.kind(), need.member())));
        timeline.add(new Step.Assess(timeline.moment(day), shape.familyStatus, answers, List.copyOf(interests),
                added));
    }

    /** The needs the assessment's rules will find (language below B1 from 16, Kita, school, recognition, work…). */
    private void ruleNeeds(int i, Resident resident, LocalDate day) {
        int age = resident.ageOn(day);
        Step.Answers answers = resident.answers();
        boolean attends = Boolean.TRUE.equals(answers.inChildcareOrSchool());
        if (age >= 16 && (resident.german() == null || !ENOUGH_GERMAN.contains(resident.german()))) {
            needs.add(new NeedOf(NeedKind.LANGUAGE_COURSE, i));
        }
        if (age >= 1 && age < 6 && !attends) {
            needs.add(new NeedOf(NeedKind.CHILDCARE, i));
        }
        if (age >= 6 && age < 18 && !attends) {
            needs.add(new NeedOf(NeedKind.SCHOOL, i));
        }
        boolean qualified = answers.vocationalQualification() != null;
        if (qualified && Boolean.FALSE.equals(answers.qualificationRecognised())) {
            needs.add(new NeedOf(NeedKind.RECOGNITION, i));
        }
        if (age >= 18 && age < 67 && answers.employment() == Employment.UNEMPLOYED) {
            needs.add(new NeedOf(qualified ? NeedKind.WORK : NeedKind.VOCATIONAL_TRAINING, i));
        }
        if (Boolean.TRUE.equals(answers.healthSupport())) {
            needs.add(new NeedOf(NeedKind.HEALTH, i));
        }
    }

    /** A goal for most needs, each with a measure or two that move on over the months. */
    void goals() {
        if (assessedOn == null) {
            return;
        }
        for (NeedOf need : needs) {
            double chance = switch (need.kind()) {
                case LANGUAGE_COURSE, CHILDCARE, SCHOOL -> 0.8;
                case HEALTH, HOUSING -> 0.65;
                case WORK, VOCATIONAL_TRAINING -> 0.55;
                case RECOGNITION -> 0.5;
                case COUNSELLING, LEISURE -> 0.3;
            };
            LocalDate day = timeline.after(assessedOn, 1, 30);
            if (goalCount >= MOST_GOALS || !draw.chance(chance) || !timeline.within(day)) {
                continue;
            }
            DemoTexts.PlanText text = DemoTexts.plan(need.kind());
            int goal = goalCount++;
            OffsetDateTime at = timeline.moment(day);
            goals.put(need, at);
            timeline.add(new Step.AddGoal(at, goal, text.goal(), need.kind(), need.member()));
            List<Measure.Status> ends = new ArrayList<>();
            OffsetDateTime lastEnd = measure(goal, text.measures().get(0), timeline.later(at, 5), ends);
            if (text.measures().size() > 1 && draw.chance(0.4)) {
                LocalDate second = timeline.after(day, 10, 60);
                if (timeline.within(second)) {
                    OffsetDateTime end = measure(goal, text.measures().get(1), timeline.moment(second), ends);
                    lastEnd = lastEnd == null || (end != null && end.isAfter(lastEnd)) ? end : lastEnd;
                }
            }
            settle(goal, need, ends, lastEnd);
        }
    }

    /** Returns when the measure ended, or null while it runs; its end status goes to {@code ends}. */
    private OffsetDateTime measure(int goal, DemoTexts.MeasureText text, OffsetDateTime at, List<Measure.Status> ends) {
        int measure = measureCount++;
        String owner = timeline.takesPart(text.authority(), at) ? text.authority() : "KIM";
        LocalDate day = Timeline.day(at);
        Measure.Status status = draw.chance(0.3) ? Measure.Status.IN_PROGRESS : Measure.Status.PLANNED;
        timeline.add(new Step.AddMeasure(at, goal, measure, text.description(), owner,
                day.plusDays(draw.between(30, 120)), status));
        LocalDate started = day;
        if (status == Measure.Status.PLANNED) {
            started = timeline.after(day, 5, 40);
            if (!timeline.within(started)) {
                ends.add(null);
                return null;
            }
            timeline.add(new Step.SetMeasure(timeline.moment(started), goal, measure, Measure.Status.IN_PROGRESS,
                    null));
        }
        LocalDate ended = timeline.after(started, 20, 150);
        if (!timeline.within(ended)) {
            ends.add(null);
            return null;
        }
        Measure.Status end = draw.chance(0.8) ? Measure.Status.DONE : Measure.Status.CANCELLED;
        OffsetDateTime endedAt = timeline.moment(ended);
        timeline.add(new Step.SetMeasure(endedAt, goal, measure, end, ended));
        ends.add(end);
        return endedAt;
    }

    /**
     * Once every measure has ended the goal is often achieved (the need met) or given up; otherwise it stays open
     * with nothing running, the moment people get lost.
     */
    private void settle(int goal, NeedOf need, List<Measure.Status> ends, OffsetDateTime lastEnd) {
        if (lastEnd == null || ends.contains(null)) {
            return;
        }
        LocalDate day = timeline.after(Timeline.day(lastEnd), 0, 21);
        if (!timeline.within(day)) {
            return;
        }
        OffsetDateTime at = timeline.moment(day);
        at = at.isAfter(lastEnd) ? at : timeline.later(lastEnd, 10);
        if (ends.contains(Measure.Status.DONE) && draw.chance(0.55)) {
            timeline.add(new Step.SetGoal(at, goal, CaseGoal.Status.ACHIEVED));
            if (draw.chance(0.8)) {
                timeline.add(new Step.CloseNeed(timeline.later(at, 2), need.kind(), need.member(),
                        NeedClosingInput.Reason.MET));
            }
        } else if (!ends.contains(Measure.Status.DONE) && draw.chance(0.35)) {
            timeline.add(new Step.SetGoal(at, goal, CaseGoal.Status.DROPPED));
            if (draw.chance(0.5)) {
                timeline.add(new Step.CloseNeed(timeline.later(at, 2), need.kind(), need.member(),
                        NeedClosingInput.Reason.DECLINED));
            }
        }
    }

    /** Where at least two authorities take part, a case conference now and then; each decision becomes a measure. */
    void conference() {
        if (timeline.lastDay.isBefore(timeline.opened.plusDays(45)) || !draw.chance(0.3)) {
            return;
        }
        LocalDate day = draw.workday(timeline.opened.plusDays(45), timeline.lastDay);
        OffsetDateTime at = timeline.moment(day);
        List<String> authorities = timeline.takingPart(at);
        if (authorities.size() < 2) {
            return;
        }
        List<String> participants = new ArrayList<>(List.of("KIM"));
        participants.addAll(authorities);
        List<Step.Decision> decisions = new ArrayList<>();
        for (String participant : participants) {
            if ("KIM".equals(participant) || draw.chance(0.6)) {
                Step.Decision decision = DemoTexts.DECISIONS.get(participant);
                decisions.add(new Step.Decision(decision.text(), participant, day.plusDays(draw.between(14, 60)),
                        decision.category()));
            }
        }
        timeline.add(new Step.Confer(at, day, participants, decisions));
    }

    /**
     * Referrals to the district's offers where the household lives near them: language and literacy courses for
     * those who need them, parent-child groups, homework help, counselling, meeting places, volunteering.
     */
    void referrals(LocalDate integrationReached) {
        if (assessedOn == null || !caseload.settings.referralSubregions().contains(subregion)) {
            return;
        }
        Set<String> consented = new HashSet<>();
        Set<String> referred = new HashSet<>();
        int count = 0;
        for (ReferenceData.Offer offer : caseload.reference.offers()) {
            for (ReferralTargets.Candidate candidate : ReferralTargets.candidates(offer.title(), residents, needs,
                    assessedOn,
                    german)) {
                LocalDate day = timeline.after(assessedOn, 5, 60);
                OffsetDateTime goal = candidate.need() == null ? null : goals.get(candidate.need());
                if (goal != null && !day.isAfter(Timeline.day(goal))) {
                    day = timeline.after(Timeline.day(goal), 1, 20);
                }
                if (candidate.volunteering()) {
                    if (integrationReached == null) {
                        continue;
                    }
                    day = timeline.after(integrationReached, 1, 40);
                }
                String key = offer.id() + "/" + candidate.member();
                if (count >= MOST_REFERRALS || referred.contains(key) || !timeline.within(day)
                        || !draw.chance(candidate.chance()) || !caseload.takeReferral(offer.id(), day)) {
                    continue;
                }
                referred.add(key);
                count++;
                OffsetDateTime at = timeline.moment(day);
                if (consented.add(offer.providerCode()) && draw.chance(0.5)) {
                    timeline.add(new Step.Grant(at, Consent.RecipientKind.PROVIDER, offer.providerCode(),
                            List.of(DataCategory.MASTER_DATA), "Vermittlung in ein Angebot des Trägers",
                            Consent.LegalBasis.CONSENT, null, "DEMO-EW-TR-" + offer.providerCode(), day,
                            day.plusYears(1)));
                    at = timeline.later(at, 10);
                }
                NeedOf need = candidate.need();
                timeline.add(new Step.Refer(at, offer.id(), candidate.member(), need == null ? null : need.kind(),
                        need == null ? null : need.member(), candidate.category()));
            }
        }
    }

    /** The schooling a member reported, for the literacy rule. */
    static boolean hardlySchooled(Resident resident) {
        Step.Answers answers = resident.answers();
        return answers.schooling() == Schooling.NONE
                || answers.schooling() == Schooling.PRIMARY && answers.yearsOfSchooling() != null
                        && answers.yearsOfSchooling() <= 4;
    }
}
