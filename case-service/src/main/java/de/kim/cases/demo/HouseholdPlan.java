package de.kim.cases.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.kim.cases.casefile.domain.CaseNote;
import de.kim.cases.casefile.domain.CasePhase;
import de.kim.cases.casefile.domain.Priority;
import de.kim.cases.demo.CaseloadPlanner.Caseload;
import de.kim.cases.demo.CaseloadPlanner.Start;
import de.kim.cases.demo.HouseholdShape.Role;
import de.kim.cases.demo.PlannedHousehold.Staff;
import de.kim.cases.demo.ReferenceData.Place;
import de.kim.cases.demo.ReferenceData.Town;
import de.kim.cases.demo.Residents.Resident;
import de.kim.platform.vocabulary.DataCategory;
import de.kim.platform.vocabulary.ResidenceStatus;

/**
 * The story of one demo household's case: opened on its day, moving through the phases at its own pace, permits
 * renewed (or not quite in time), authorities joining with consents, a support plan, notes, perhaps a hand-over or a
 * closing, and for some no news for a long while.
 */
final class HouseholdPlan {

    private static final Map<String, Integer> QUARTERS = Draw.weights("Lünen-Süd", 18, "Lünen-Mitte", 16,
            "Brambauer", 16, "Lünen-Nord", 12, "Gahmen", 8, "Horstmar", 8, "Wethmar", 6, "Beckinghausen", 4,
            "Alstedde", 4, "Niederaden", 3);

    private final Start start;
    private final int number;
    private final Caseload caseload;
    private final Draw draw;
    private final LocalDate today;
    private final Town town;
    private Timeline timeline;
    private List<Resident> residents;
    private HouseholdShape shape;
    private Staff manager;
    private Staff receiver;
    private LocalDate closeDay;
    private final Map<CasePhase, LocalDate> phases = new LinkedHashMap<>();
    private UUID accommodation;
    private LocalDate moveOutDay;
    private final String[] german = new String[7];
    private final Set<String> notesWritten = new HashSet<>();

    HouseholdPlan(Start start, int number, Caseload caseload) {
        this.start = start;
        this.number = number;
        this.caseload = caseload;
        this.draw = start.draw();
        this.today = caseload.today;
        this.town = start.town();
    }

    PlannedHousehold plan() {
        Origin origin = start.origin();
        shape = origin.households.draw(draw);
        if (shape == HouseholdShape.UNACCOMPANIED_MINOR && origin.fromEu()) {
            // Young people alone are refugees; from the EU children come with their families.
            shape = HouseholdShape.FAMILY;
        }
        ResidenceStatus status = draw.weighted(origin.statuses);
        LocalDate opened = Timeline.day(start.openedAt());
        LocalDate arrival = opened.minusDays(Permits.daysSinceArrival(draw, status, origin));
        Permits permits = new Permits(draw, status, arrival, opened);
        residents = Residents.of(draw, origin, shape.people(draw, origin.households), status,
                permits.validUntil(), arrival, opened);
        for (int i = 0; i < residents.size(); i++) {
            german[i] = residents.get(i).german();
        }
        manager = caseload.managers.next(town.subregion());
        timeline = new Timeline(draw, start.openedAt(), ending(opened));
        UUID quarter = place();
        open(quarter);
        Authorities authorities = new Authorities(timeline, number);
        authorities.atOpening(status, residents, shape);
        permits.renewals(timeline, residents.size(), authorities);
        SupportSteps support = new SupportSteps(timeline, residents, caseload, town.subregion(), german);
        support.assessment(shape, accommodation != null);
        progress(quarter);
        support.goals();
        support.conference();
        support.referrals(phases.get(CasePhase.INTEGRATION));
        notes();
        if (closeDay != null) {
            close(authorities);
        } else {
            handOver();
        }
        return new PlannedHousehold(number, town.subregion(), origin.country, manager, receiver,
                afterHandOver(timeline.inOrder()));
    }

    /** The last day anything happens: yesterday, the closing day, or the day the case went quiet. */
    private LocalDate ending(LocalDate opened) {
        double speed = draw.between(0.75, 1.5);
        phases.put(CasePhase.ORIENTIERUNG, opened.plusDays(Math.round(draw.between(21, 60) * speed)));
        phases.put(CasePhase.EINGEWOEHNUNG, opened.plusDays(Math.round(draw.between(90, 180) * speed)));
        phases.put(CasePhase.INTEGRATION, opened.plusDays(Math.round(draw.between(210, 330) * speed)));
        LocalDate yesterday = today.minusDays(1);
        if (!opened.isAfter(today.minusDays(120)) && draw.chance(0.22)) {
            closeDay = draw.workday(opened.plusDays(100), today.minusDays(2));
            return closeDay;
        }
        if (!opened.isAfter(today.minusDays(50)) && draw.chance(0.14)) {
            LocalDate from = opened.plusDays(14).isAfter(today.minusDays(210))
                    ? opened.plusDays(14)
                    : today.minusDays(210);
            return draw.workday(from, today.minusDays(35));
        }
        return yesterday;
    }

    /** The quarter, and for some the town's accommodation: recent arrivals stay there, others have moved out. */
    private UUID place() {
        UUID quarter = quarter();
        List<Place> accommodations = caseload.reference.accommodations().stream()
                .filter(p -> p.municipalityId().equals(town.id())).toList();
        boolean recent = !timeline.opened.isBefore(today.minusDays(150));
        if (accommodations.isEmpty() || !draw.chance(recent ? 0.5 : 0.15)) {
            return quarter;
        }
        UUID place = draw.oneOf(accommodations).id();
        LocalDate out = timeline.after(timeline.opened, 40, 150);
        if (timeline.within(out) && (closeDay != null || !recent || draw.chance(0.5))) {
            accommodation = place;
            moveOutDay = out;
            return null;
        }
        if (closeDay == null && caseload.takePlaces(place, residents.size())) {
            accommodation = place;
            return null;
        }
        return quarter;
    }

    private UUID quarter() {
        Map<UUID, Integer> quarters = new LinkedHashMap<>();
        caseload.reference.quarters().stream().filter(q -> q.municipalityId().equals(town.id()))
                .forEach(q -> quarters.put(q.id(), QUARTERS.getOrDefault(q.name(), 5)));
        return quarters.isEmpty() ? null : draw.weighted(quarters);
    }

    private void open(UUID quarter) {
        Priority priority = shape == HouseholdShape.UNACCOMPANIED_MINOR
                ? Priority.HIGH
                : draw.weighted(Draw.weights(Priority.NORMAL, 82, Priority.HIGH, 10, Priority.LOW, 8));
        timeline.add(new Step.Open(timeline.openedAt, town.id(), quarter, accommodation, priority,
                timeline.opened.plusDays(draw.between(60, 120)),
                residents.stream().map(Resident::person).toList()));
        timeline.add(new Step.Note(timeline.openedAt.plusMinutes(1), DataCategory.MASTER_DATA,
                DemoTexts.marker(number, caseload.settings.households(), caseload.settings.seed()),
                CaseNote.Visibility.ALL_PARTICIPANTS));
    }

    /** The phases as they are reached, each with a new review date; German improves, people move out. */
    private void progress(UUID quarter) {
        if (moveOutDay != null) {
            timeline.add(new Step.Update(timeline.moment(moveOutDay), null, null, null, true,
                    quarter != null ? quarter : quarter(), List.of()));
        }
        for (Map.Entry<CasePhase, LocalDate> phase : phases.entrySet()) {
            LocalDate day = phase.getValue();
            if (!timeline.within(day) || (closeDay != null && !day.isBefore(closeDay))) {
                continue;
            }
            List<Step.MemberChange> better = new ArrayList<>();
            for (int i = 0; i < residents.size(); i++) {
                int level = german[i] == null ? -1 : Residents.LEVELS.indexOf(german[i]);
                if (residents.get(i).ageOn(day) >= 16 && level < 3 && draw.chance(0.45)) {
                    german[i] = Residents.LEVELS.get(level + 1);
                    better.add(new Step.MemberChange(i, null, null, german[i]));
                }
            }
            timeline.add(
                    new Step.Update(timeline.moment(day), phase.getKey(), null, day.plusDays(draw.between(80, 140)),
                            false, null, better));
        }
    }

    /** Notes on what the household has to do with: no Kita notes without children, no permits for EU citizens. */
    private void notes() {
        boolean children = residents.stream().anyMatch(r -> r.role().kind() == Role.Kind.CHILD);
        Map<DataCategory, Integer> kinds = Draw.weights(DataCategory.MASTER_DATA, 50, DataCategory.EDUCATION_WORK,
                20, DataCategory.FINANCES, 8, DataCategory.HEALTH, 4);
        if (!start.origin().fromEu()) {
            kinds.put(DataCategory.RESIDENCE, 10);
        }
        if (children) {
            kinds.put(DataCategory.FAMILY_CHILD_WELFARE, 8);
        }
        int count = draw.between(1, 4);
        for (int i = 0; i < count; i++) {
            LocalDate day = draw.workday(timeline.opened.plusDays(1), timeline.lastDay);
            if (timeline.within(day)) {
                note(timeline.moment(day), draw.weighted(kinds));
            }
        }
        LocalDate recently = today.minusDays(25);
        if (closeDay == null && !timeline.lastDay.isBefore(today.minusDays(1)) && draw.chance(0.85)) {
            note(timeline.moment(draw.workday(recently.isAfter(timeline.opened)
                    ? recently
                    : timeline.opened.plusDays(1), timeline.lastDay)), DataCategory.MASTER_DATA);
        }
    }

    private void note(OffsetDateTime at, DataCategory category) {
        List<String> texts = new ArrayList<>(DemoTexts.NOTES.get(category));
        boolean pupils = residents.stream().anyMatch(r -> !r.role().adult() && r.ageOn(Timeline.day(at)) >= 6
                && r.ageOn(Timeline.day(at)) < 18);
        if (category == DataCategory.EDUCATION_WORK && pupils) {
            texts.add(DemoTexts.SCHOOL_NOTE);
        }
        String text = draw.oneOf(texts);
        if (notesWritten.add(text)) {
            timeline.add(new Step.Note(at, category, text,
                    draw.chance(0.8) ? CaseNote.Visibility.ALL_PARTICIPANTS : CaseNote.Visibility.OWN_AUTHORITY));
        }
    }

    /** Closed with a reason in the evening of its last day; the authorities' participation ends with it. */
    private void close(Authorities authorities) {
        OffsetDateTime at = timeline.evening(closeDay);
        timeline.add(new Step.Update(at, CasePhase.CLOSED, draw.oneOf(DemoTexts.CLOSING_REASONS), null, false, null,
                List.of()));
        authorities.leaveAll(at, closeDay);
    }

    /** A few households move to a town of another sub-region; some hand-overs still wait for the other side. */
    private void handOver() {
        List<Town> elsewhere = caseload.reference.towns().stream()
                .filter(t -> !t.subregion().equals(town.subregion())).toList();
        boolean settledLongEnough = !timeline.opened.isAfter(today.minusDays(45));
        if (elsewhere.isEmpty() || !settledLongEnough || timeline.lastDay.isBefore(today.minusDays(1))
                || !draw.chance(caseload.settings.handOvers())) {
            return;
        }
        Town to = draw.oneOf(elsewhere);
        receiver = caseload.managers.receiver(to.subregion(), draw);
        boolean pending = draw.chance(0.35);
        LocalDate asked = pending
                ? draw.workday(today.minusDays(12), timeline.lastDay)
                : draw.workday(timeline.opened.plusDays(20), timeline.lastDay.minusDays(10));
        OffsetDateTime at = timeline.moment(asked);
        timeline.add(new Step.RequestTransfer(at, to.id(),
                pending || draw.chance(0.5) ? receiver.subject() : null, "Umzug nach " + to.name()));
        if (!pending) {
            timeline.add(new Step.AcceptTransfer(timeline.moment(timeline.after(asked, 2, 8))));
        }
    }

    /**
     * Once a hand-over is asked for, the household lives elsewhere: later changes leave quarter and accommodation
     * alone (the receiving side records them).
     */
    private static List<Step> afterHandOver(List<Step> steps) {
        OffsetDateTime asked = steps.stream().filter(Step.RequestTransfer.class::isInstance).map(Step::at)
                .findFirst().orElse(null);
        if (asked == null) {
            return steps;
        }
        return steps.stream().map(step -> step instanceof Step.Update update && update.at().isAfter(asked)
                ? new Step.Update(update.at(), update.phase(), update.closedReason(), update.nextReview(), false, null,
                        update.members())
                : step).toList();
    }
}
