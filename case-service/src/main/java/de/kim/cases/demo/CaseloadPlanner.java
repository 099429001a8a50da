package de.kim.cases.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import de.kim.cases.demo.ReferenceData.Town;

/**
 * Plans a synthetic caseload of Kreis Unna from a seed: households spread over the towns by population, opened over
 * the past twelve months, each with what happens on its case until yesterday. A pure function of its inputs: the same
 * seed, size, district and day plan the same caseload, on any machine.
 */
final class CaseloadPlanner {

    /** Roughly the towns' populations in thousands, by official key (AGS); newcomers are spread alike. */
    private static final Map<String, Integer> POPULATION = Draw.weights("05978024", 86, "05978036", 59, "05978004",
            49, "05978028", 46, "05978020", 43, "05978040", 30, "05978032", 26, "05978012", 21, "05978008", 18,
            "05978016", 17);
    private static final int UNKNOWN_TOWN = 20;

    /** The settings a plan depends on. */
    record Settings(long seed, int households, int casesPerManager, int referralsPerOfferAndMonth,
            Set<String> referralSubregions, double handOvers) {
    }

    /** A household before its story: drawn first, so that the caseload can be told in the order it happened. */
    record Start(int index, Draw draw, Origin origin, Town town, OffsetDateTime openedAt) {
    }

    private CaseloadPlanner() {
    }

    static List<PlannedHousehold> plan(Settings settings, ReferenceData reference, LocalDate today) {
        if (reference.towns().isEmpty()) {
            return List.of();
        }
        Map<Town, Integer> towns = new LinkedHashMap<>();
        reference.towns().forEach(town -> towns.put(town, POPULATION.getOrDefault(town.ags(), UNKNOWN_TOWN)));
        List<Start> starts = new ArrayList<>();
        for (int i = 0; i < settings.households(); i++) {
            Draw draw = new Draw(Draw.mix(settings.seed(), i));
            Origin origin = draw.weighted(Origin.weights());
            Town town = draw.weighted(towns);
            OffsetDateTime openedAt = draw.officeHours(draw.workday(today.minusDays(365), today.minusDays(3)));
            starts.add(new Start(i, draw, origin, town, openedAt));
        }
        starts.sort(Comparator.comparing(Start::openedAt).thenComparingInt(Start::index));
        Map<String, Integer> perSubregion = new TreeMap<>();
        starts.forEach(start -> perSubregion.merge(start.town().subregion(), 1, Integer::sum));
        Caseload caseload = new Caseload(settings, reference, today,
                new CaseManagers(reference.caseManagers(), perSubregion, settings.casesPerManager()));
        List<PlannedHousehold> plan = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            plan.add(new HouseholdPlan(starts.get(k), k + 1, caseload).plan());
        }
        return plan;
    }

    /** What the households of one caseload share: the district, the day, the case managers and the places. */
    static final class Caseload {

        /** Persons an accommodation holds at most in the demo (they hold up to 48; some places stay free). */
        static final int PERSONS_PER_ACCOMMODATION = 40;

        final Settings settings;
        final ReferenceData reference;
        final LocalDate today;
        final CaseManagers managers;
        private final Map<String, Integer> referrals = new HashMap<>();
        private final Map<UUID, Integer> occupants = new HashMap<>();

        Caseload(Settings settings, ReferenceData reference, LocalDate today, CaseManagers managers) {
            this.settings = settings;
            this.reference = reference;
            this.today = today;
            this.managers = managers;
        }

        /** A place in the offer for a referral in that month, while the month's share is not used up. */
        boolean takeReferral(UUID offer, LocalDate day) {
            String key = offer + "/" + YearMonth.from(day);
            int taken = referrals.getOrDefault(key, 0);
            if (taken >= settings.referralsPerOfferAndMonth()) {
                return false;
            }
            referrals.put(key, taken + 1);
            return true;
        }

        /** Places for a household that still lives in the accommodation today. */
        boolean takePlaces(UUID accommodation, int persons) {
            int taken = occupants.getOrDefault(accommodation, 0);
            if (taken + persons > PERSONS_PER_ACCOMMODATION) {
                return false;
            }
            occupants.put(accommodation, taken + persons);
            return true;
        }
    }
}
