package de.kim.regions.monitoring.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import de.kim.platform.events.contract.cases.CaseState.Member;
import de.kim.platform.events.contract.cases.CaseState.PhaseStep;
import de.kim.regions.monitoring.domain.AgeBand;
import de.kim.regions.monitoring.domain.Area;
import de.kim.regions.monitoring.domain.Fact;
import de.kim.regions.monitoring.domain.Measure;

/**
 * What one case contributes to the monitoring: a pure function of its published state, so replaying the topic yields
 * exactly the counts the live consumer built. Names, birth dates and ids stay behind; only bands, codes and areas
 * leave.
 */
public final class CaseFacts {

    /** Months and days as the district counts them. */
    public static final ZoneId DISTRICT = ZoneId.of("Europe/Berlin");
    private static final String CLOSED = "CLOSED";

    private CaseFacts() {
    }

    /** Whether the state has everything the facts are made of; anything else can never be counted. */
    public static boolean countable(CaseState state) {
        return state.id() != null && state.subregion() != null && state.municipalityId() != null
                && state.phase() != null && state.openedAt() != null && state.members() != null
                && state.participations() != null && state.referrals() != null
                && state.participations().stream().allMatch(p -> p.authority() != null && p.since() != null)
                && state.referrals().stream()
                        .allMatch(r -> r.requestedAt() != null && r.status() != null && r.offerId() != null)
                && (state.needs() == null || state.needs().stream().allMatch(n -> n.kind() != null))
                && (state.phaseHistory() == null
                        || state.phaseHistory().stream().allMatch(s -> s.phase() != null && s.since() != null));
    }

    /**
     * @param asOf
     *            the day of the state (its event's time): household members are counted in the age band they had then
     */
    public static List<Fact> of(CaseState state, LocalDate asOf) {
        Area area = new Area(state.subregion(), state.municipalityId(), state.quarterId(), state.accommodationId());
        List<Fact> facts = new ArrayList<>();
        if (!CLOSED.equals(state.phase())) {
            addStocks(state, area, asOf, facts);
        }
        facts.add(Fact.of(Measure.CASE_OPENED, area, month(state.openedAt())));
        addPhases(state, area, facts);
        for (CaseState.Participation participation : state.participations()) {
            facts.add(Fact.of(Measure.PARTICIPATION_STARTED, area, participation.since().withDayOfMonth(1))
                    .withAuthority(participation.authority()));
        }
        Map<UUID, Member> members = new HashMap<>();
        state.members().forEach(member -> members.put(member.id(), member));
        for (CaseState.Referral referral : state.referrals()) {
            Member member = members.get(referral.memberId());
            facts.add(Fact.of(Measure.REFERRAL, area, month(referral.requestedAt()))
                    .withReferral(referral.status(), referral.offerId())
                    .withPerson(gender(member), ageBand(member, day(referral.requestedAt()))));
        }
        return facts;
    }

    private static void addStocks(CaseState state, Area area, LocalDate asOf, List<Fact> facts) {
        facts.add(Fact.of(Measure.OPEN_CASE, area, null).withPhase(state.phase()));
        Set<String> authorities = new HashSet<>();
        state.participations().forEach(participation -> authorities.add(participation.authority()));
        authorities.forEach(
                authority -> facts.add(Fact.of(Measure.OPEN_CASE_AUTHORITY, area, null).withAuthority(authority)));
        if (state.needs() != null) {
            // A need the case manager closed (met, gone, declined) is no longer a need, nor a gap.
            state.needs().stream().filter(CaseState.Need::isOpen)
                    .forEach(need -> facts.add(Fact.of(Measure.OPEN_CASE_NEED, area, null).withNeed(need.kind())));
        }
        state.members().forEach(member -> facts
                .add(Fact.of(Measure.OPEN_CASE_MEMBER, area, null).withPerson(gender(member), ageBand(member, asOf))));
    }

    /**
     * The first time the case reached each phase, with the days since opening, and the month it was closed if it is
     * closed now. States published before the phase history existed count their current phase from the opening.
     */
    private static void addPhases(CaseState state, Area area, List<Fact> facts) {
        List<PhaseStep> steps = state.phaseHistory() == null || state.phaseHistory().isEmpty()
                ? List.of(new PhaseStep(state.phase(), state.openedAt()))
                : state.phaseHistory();
        LocalDate opened = day(state.openedAt());
        Set<String> reached = new HashSet<>();
        for (PhaseStep step : steps) {
            if (reached.add(step.phase())) {
                long days = Math.max(0, ChronoUnit.DAYS.between(opened, day(step.since())));
                facts.add(Fact.of(Measure.PHASE_REACHED, area, month(step.since())).withPhase(step.phase())
                        .withDays(days));
            }
        }
        PhaseStep last = steps.get(steps.size() - 1);
        if (CLOSED.equals(state.phase()) && CLOSED.equals(last.phase())) {
            facts.add(Fact.of(Measure.CASE_CLOSED, area, month(last.since())));
        }
    }

    private static String gender(Member member) {
        return member == null || member.gender() == null ? "UNKNOWN" : member.gender().name();
    }

    private static AgeBand ageBand(Member member, LocalDate on) {
        return member == null ? AgeBand.UNKNOWN : AgeBand.of(member.birthDate(), on);
    }

    static LocalDate day(OffsetDateTime moment) {
        return moment.atZoneSameInstant(DISTRICT).toLocalDate();
    }

    static LocalDate month(OffsetDateTime moment) {
        return day(moment).withDayOfMonth(1);
    }
}
