package de.kim.platform.events.contract.facts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.kim.platform.events.contract.cases.CaseState;

/**
 * One case as the monitoring counts it, and nothing more (Art. 5 (1) c GDPR, § 67c SGB X): where it lies, its phases,
 * the kinds of its open needs, its household as gender × age band, the authorities taking part and its referrals by
 * offer and outcome. No names, birth dates, free text, notes, ids of people or staff; months rather than days, except
 * the days a case took to reach a phase, which is an indicator itself.
 *
 * @param phase
 *            the current phase
 * @param openedIn
 *            the month the case was opened
 * @param phases
 *            each phase the case reached, the first time, oldest first
 * @param closedIn
 *            the month it was closed, while it is closed; else null
 * @param openNeeds
 *            the kind of each need still open (one entry per need)
 * @param members
 *            the household on the day of this state
 * @param participations
 *            the authorities taking part, each with the month it began
 * @param referrals
 *            referrals to offers, each with the referred person as they were on the day of the referral
 */
public record CaseFacts(String subregion, UUID municipalityId, UUID quarterId, UUID accommodationId, String phase,
        YearMonth openedIn, List<PhaseReached> phases, YearMonth closedIn, List<String> openNeeds,
        List<Person> members, List<Participation> participations, List<Referral> referrals) {

    /** Months and days as the district counts them. */
    public static final ZoneId DISTRICT = ZoneId.of("Europe/Berlin");
    private static final String CLOSED = "CLOSED";

    /** @param daysSinceOpening from the day the case was opened to the day it reached the phase */
    public record PhaseReached(String phase, YearMonth month, long daysSinceOpening) {
    }

    /** @param gender a {@code Gender} name, or UNKNOWN */
    public record Person(String gender, AgeBand ageBand) {
    }

    public record Participation(String authority, YearMonth since) {
    }

    public record Referral(YearMonth requestedIn, String status, UUID offerId, Person person) {
    }

    /**
     * What a case state contributes, for the case-service to publish. Tolerates states the monitoring will refuse
     * (missing area or phase): what is missing stays missing.
     *
     * @param asOf
     *            the day of the state: the household's age bands are those of that day
     */
    public static CaseFacts of(CaseState state, LocalDate asOf) {
        Map<UUID, CaseState.Member> members = new HashMap<>();
        List<CaseState.Member> household = state.members() == null ? List.of() : state.members();
        household.forEach(member -> members.put(member.id(), member));
        List<String> openNeeds = state.needs() == null
                ? List.of()
                : state.needs().stream().filter(CaseState.Need::isOpen).map(CaseState.Need::kind).toList();
        List<Participation> participations = state.participations() == null
                ? List.of()
                : state.participations().stream()
                        .map(p -> new Participation(p.authority(),
                                p.since() == null ? null : YearMonth.from(p.since())))
                        .toList();
        List<Referral> referrals = state.referrals() == null
                ? List.of()
                : state.referrals().stream().map(r -> new Referral(month(r.requestedAt()), r.status(), r.offerId(),
                        person(members.get(r.memberId()), r.requestedAt() == null ? null : day(r.requestedAt()))))
                        .toList();
        List<CaseState.PhaseStep> steps = steps(state);
        CaseState.PhaseStep last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
        YearMonth closedIn = CLOSED.equals(state.phase()) && last != null && CLOSED.equals(last.phase())
                ? month(last.since())
                : null;
        return new CaseFacts(state.subregion(), state.municipalityId(), state.quarterId(), state.accommodationId(),
                state.phase(), month(state.openedAt()), phasesReached(state.openedAt(), steps), closedIn, openNeeds,
                household.stream().map(member -> person(member, asOf)).toList(), participations, referrals);
    }

    /** The phase history; states published before it existed count their current phase from the opening. */
    private static List<CaseState.PhaseStep> steps(CaseState state) {
        if (state.phaseHistory() != null && !state.phaseHistory().isEmpty()) {
            return state.phaseHistory();
        }
        return state.phase() == null ? List.of() : List.of(new CaseState.PhaseStep(state.phase(), state.openedAt()));
    }

    /** The first time the case reached each phase, with the days since it was opened. */
    private static List<PhaseReached> phasesReached(OffsetDateTime openedAt, List<CaseState.PhaseStep> steps) {
        Set<String> reached = new HashSet<>();
        List<PhaseReached> phases = new ArrayList<>();
        for (CaseState.PhaseStep step : steps) {
            if (reached.add(step.phase())) {
                // A step without its moment is passed on as such: the monitoring refuses the state, as before.
                long days = openedAt == null || step.since() == null
                        ? 0
                        : Math.max(0, ChronoUnit.DAYS.between(day(openedAt), day(step.since())));
                phases.add(new PhaseReached(step.phase(), month(step.since()), days));
            }
        }
        return phases;
    }

    private static Person person(CaseState.Member member, LocalDate on) {
        if (member == null) {
            return new Person("UNKNOWN", AgeBand.UNKNOWN);
        }
        return new Person(member.gender() == null ? "UNKNOWN" : member.gender().name(),
                AgeBand.of(member.birthDate(), on));
    }

    /** The district's day of a moment. */
    public static LocalDate day(OffsetDateTime moment) {
        return moment.atZoneSameInstant(DISTRICT).toLocalDate();
    }

    private static YearMonth month(OffsetDateTime moment) {
        return moment == null ? null : YearMonth.from(day(moment));
    }
}
