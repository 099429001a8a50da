package de.kim.regions.monitoring.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import de.kim.platform.events.contract.facts.CaseFacts;
import de.kim.regions.monitoring.domain.Area;
import de.kim.regions.monitoring.domain.Fact;
import de.kim.regions.monitoring.domain.Measure;

/**
 * What one case contributes to the monitoring: a pure function of its published facts, so replaying the topic yields
 * exactly the counts the live consumer built.
 */
public final class FactsOfCase {

    private static final String CLOSED = "CLOSED";

    private FactsOfCase() {
    }

    /** Whether the facts have everything the counts are made of; anything else can never be counted. */
    public static boolean countable(CaseFacts facts) {
        return facts.subregion() != null && facts.municipalityId() != null && facts.phase() != null
                && facts.openedIn() != null && facts.phases() != null && facts.openNeeds() != null
                && facts.members() != null && facts.participations() != null && facts.referrals() != null
                && facts.phases().stream().allMatch(p -> p.phase() != null && p.month() != null)
                && facts.openNeeds().stream().allMatch(Objects::nonNull)
                && facts.members().stream().allMatch(FactsOfCase::known)
                && facts.participations().stream().allMatch(p -> p.authority() != null && p.since() != null)
                && facts.referrals().stream().allMatch(r -> r.requestedIn() != null && r.status() != null
                        && r.offerId() != null && known(r.person()));
    }

    private static boolean known(CaseFacts.Person person) {
        return person != null && person.gender() != null && person.ageBand() != null;
    }

    public static List<Fact> of(CaseFacts facts) {
        Area area = new Area(facts.subregion(), facts.municipalityId(), facts.quarterId(), facts.accommodationId());
        List<Fact> counted = new ArrayList<>();
        if (!CLOSED.equals(facts.phase())) {
            counted.add(Fact.of(Measure.OPEN_CASE, area, null).withPhase(facts.phase()));
            Set<String> authorities = new LinkedHashSet<>();
            facts.participations().forEach(participation -> authorities.add(participation.authority()));
            authorities.forEach(authority -> counted
                    .add(Fact.of(Measure.OPEN_CASE_AUTHORITY, area, null).withAuthority(authority)));
            facts.openNeeds().forEach(need -> counted.add(Fact.of(Measure.OPEN_CASE_NEED, area, null).withNeed(need)));
            facts.members().forEach(member -> counted.add(
                    Fact.of(Measure.OPEN_CASE_MEMBER, area, null).withPerson(member.gender(), member.ageBand())));
        }
        counted.add(Fact.of(Measure.CASE_OPENED, area, first(facts.openedIn())));
        facts.phases().forEach(phase -> counted.add(Fact.of(Measure.PHASE_REACHED, area, first(phase.month()))
                .withPhase(phase.phase()).withDays(phase.daysSinceOpening())));
        if (CLOSED.equals(facts.phase()) && facts.closedIn() != null) {
            counted.add(Fact.of(Measure.CASE_CLOSED, area, first(facts.closedIn())));
        }
        facts.participations().forEach(participation -> counted.add(Fact
                .of(Measure.PARTICIPATION_STARTED, area, first(participation.since()))
                .withAuthority(participation.authority())));
        facts.referrals().forEach(referral -> counted.add(Fact.of(Measure.REFERRAL, area, first(referral.requestedIn()))
                .withReferral(referral.status(), referral.offerId())
                .withPerson(referral.person().gender(), referral.person().ageBand())));
        return counted;
    }

    private static LocalDate first(YearMonth month) {
        return month.atDay(1);
    }
}
