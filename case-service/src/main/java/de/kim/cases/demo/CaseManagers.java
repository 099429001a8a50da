package de.kim.cases.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.kim.cases.demo.PlannedHousehold.Staff;

/**
 * The case managers the demo households are shared among: per sub-region the team directory's case managers (the demo
 * users, so that their worklists fill), then as many clearly named synthetic ones as a caseload of about
 * {@code casesPerManager} each needs.
 */
final class CaseManagers {

    private final Map<String, List<Staff>> bySubregion = new HashMap<>();
    private final Map<String, Integer> assigned = new HashMap<>();

    CaseManagers(Map<String, List<Staff>> known, Map<String, Integer> households, int casesPerManager) {
        households.forEach((subregion, count) -> {
            List<Staff> staff = new ArrayList<>(known.getOrDefault(subregion, List.of()));
            int wanted = Math.max(1, (count + casesPerManager - 1) / casesPerManager);
            for (int n = staff.size() + 1; staff.size() < wanted; n++) {
                staff.add(synthetic(subregion, n));
            }
            bySubregion.put(subregion, List.copyOf(staff));
        });
    }

    /** The next household of the sub-region goes to the next case manager in turn. */
    Staff next(String subregion) {
        int count = assigned.merge(subregion, 1, Integer::sum) - 1;
        List<Staff> staff = team(subregion);
        return staff.get(count % staff.size());
    }

    /** Who takes a case handed over into the sub-region: the demo user there as often as anybody else. */
    Staff receiver(String subregion, Draw draw) {
        List<Staff> staff = team(subregion);
        return draw.chance(0.5) ? staff.get(0) : draw.oneOf(staff);
    }

    private List<Staff> team(String subregion) {
        return bySubregion.computeIfAbsent(subregion, code -> List.of(synthetic(code, 1)));
    }

    /** Subjects no identity provider gives out; the name says it is made up. */
    static Staff synthetic(String subregion, int number) {
        return new Staff("demo-fallmanagement-" + subregion.toLowerCase(Locale.ROOT) + "-" + number,
                "Demo-Fallmanagement " + label(subregion) + " " + number, subregion);
    }

    private static String label(String subregion) {
        return "SUED".equals(subregion)
                ? "Süd"
                : subregion.charAt(0) + subregion.substring(1).toLowerCase(Locale.ROOT);
    }
}
