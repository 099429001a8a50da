package de.kim.cases.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import de.kim.cases.casefile.domain.CasePhase;
import de.kim.cases.common.Now;

/** The demo caseload is planned from a seed: the same seed, the same households; and they read like real ones. */
class CaseloadPlannerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private static List<PlannedHousehold> plan(long seed, int households) {
        return CaseloadPlanner.plan(new CaseloadPlanner.Settings(seed, households, 60, 6, Set.of("NORD"), 0.015),
                KreisUnna.reference(), TODAY);
    }

    @Test
    void theSameSeedPlansTheSameHouseholds() {
        assertThat(plan(7, 300)).isEqualTo(plan(7, 300));
    }

    @Test
    void anotherSeedPlansOtherHouseholds() {
        List<PlannedHousehold> first = plan(7, 300);
        List<PlannedHousehold> other = plan(8, 300);
        assertThat(other).isNotEqualTo(first);
        assertThat(other.get(0).steps().get(0)).isNotEqualTo(first.get(0).steps().get(0));
    }

    @Test
    void householdsHaveOneToSevenPeopleWithValidCodesAndInventedSurnames() {
        List<Step.Person> people = plan(1, 1000).stream().map(h -> (Step.Open) h.steps().get(0))
                .peek(open -> assertThat(open.members()).hasSizeBetween(1, 7))
                .flatMap(open -> open.members().stream()).toList();
        assertThat(people).allSatisfy(person -> {
            assertThat(COUNTRIES).contains(person.nationality());
            assertThat(person.languages()).allSatisfy(l -> assertThat(LANGUAGES).contains(l.code()));
            assertThat(person.lastName()).containsIgnoringCase("muster");
            assertThat(person.birthDate()).isBefore(TODAY);
        });
    }

    @Test
    void casesOpenOverTheLastYearAndEveryStepLiesInThePastInOrder() {
        OffsetDateTime yearAgo = TODAY.minusDays(366).atStartOfDay(Now.ZONE).toOffsetDateTime();
        OffsetDateTime midnight = TODAY.atStartOfDay(Now.ZONE).toOffsetDateTime();
        for (PlannedHousehold household : plan(1, 1000)) {
            List<Step> steps = household.steps();
            assertThat(steps.get(0)).isInstanceOf(Step.Open.class);
            assertThat(((Step.Note) steps.get(1)).text())
                    .startsWith(DemoTexts.MARKER_PREFIX + household.number() + " ");
            assertThat(steps.get(0).at()).isAfter(yearAgo);
            for (int i = 1; i < steps.size(); i++) {
                assertThat(steps.get(i).at()).isAfter(steps.get(i - 1).at()).isBefore(midnight);
            }
        }
    }

    @Test
    void theCaseloadSpreadsOverTownsMonthsAndPhasesAsAPracticeWould() {
        long began = System.nanoTime();
        List<PlannedHousehold> plan = plan(1, 3000);
        long millis = (System.nanoTime() - began) / 1_000_000;
        Map<String, Long> bySubregion = plan.stream()
                .collect(Collectors.groupingBy(PlannedHousehold::subregion, Collectors.counting()));
        Map<CasePhase, Long> phases = plan.stream()
                .collect(Collectors.groupingBy(this::phaseNow, Collectors.counting()));
        Map<Integer, Long> months = plan.stream().collect(Collectors.groupingBy(
                h -> (int) ChronoUnit.MONTHS.between(Timeline.day(h.steps().get(0).at()).withDayOfMonth(1),
                        TODAY.withDayOfMonth(1)),
                Collectors.counting()));
        long expiring = plan.stream().filter(h -> phaseNow(h) != CasePhase.CLOSED && expiresWithin60Days(h)).count();
        long referrals = plan.stream().flatMap(h -> h.steps().stream()).filter(Step.Refer.class::isInstance).count();
        long steps = plan.stream().mapToLong(h -> h.steps().size()).sum();
        System.out.printf("planned 3000 households in %d ms; %d steps; by sub-region %s; phases %s; opened by months"
                + " ago %s; open with a permit expiring within 60 days %d; referrals %d%n", millis, steps,
                bySubregion, phases, months, expiring, referrals);

        assertThat(bySubregion.get("MITTE")).isBetween(1000L, 1400L);
        assertThat(months).hasSize(12);
        assertThat(phases.keySet()).containsAll(List.of(CasePhase.values()));
        assertThat(expiring).isBetween(150L, 900L);
        assertThat(referrals).isPositive();
        assertThat(plan.stream().filter(h -> !"NORD".equals(h.subregion())).flatMap(h -> h.steps().stream()))
                .noneMatch(Step.Refer.class::isInstance);
    }

    private CasePhase phaseNow(PlannedHousehold household) {
        return household.steps().stream().filter(Step.Update.class::isInstance).map(s -> ((Step.Update) s).phase())
                .filter(p -> p != null).reduce((a, b) -> b).orElse(CasePhase.ANKOMMEN);
    }

    private boolean expiresWithin60Days(PlannedHousehold household) {
        Map<Integer, LocalDate> validUntil = new HashMap<>();
        List<Step.Person> people = ((Step.Open) household.steps().get(0)).members();
        for (int i = 0; i < people.size(); i++) {
            validUntil.put(i, people.get(i).residenceValidUntil());
        }
        household.steps().stream().filter(Step.Update.class::isInstance)
                .flatMap(s -> ((Step.Update) s).members().stream())
                .filter(c -> c.residenceStatus() != null)
                .forEach(c -> validUntil.put(c.member(), c.residenceValidUntil()));
        return validUntil.values().stream().anyMatch(d -> d != null && !d.isAfter(TODAY.plusDays(60)));
    }

}
