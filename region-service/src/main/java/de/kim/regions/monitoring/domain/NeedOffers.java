package de.kim.regions.monitoring.domain;

import java.util.List;
import java.util.Map;

/**
 * Which offer categories meet a need kind: an area has a gap where households need something and no active offer of
 * these categories is there (seed 002: the Angebotslandkarte shows what is missing).
 */
public final class NeedOffers {

    private static final Map<String, List<String>> CATEGORIES = Map.of(
            "LANGUAGE_COURSE", List.of("LANGUAGE_COURSE", "INTEGRATION_COURSE", "LITERACY"),
            "CHILDCARE", List.of("CHILDCARE"),
            "SCHOOL", List.of("SCHOOL"),
            "VOCATIONAL_TRAINING", List.of("WORK_TRAINING"),
            "RECOGNITION", List.of("COUNSELLING"),
            "WORK", List.of("WORK_TRAINING"),
            "HOUSING", List.of("HOUSING"),
            "HEALTH", List.of("HEALTH"),
            "COUNSELLING", List.of("COUNSELLING"),
            "LEISURE", List.of("LEISURE_SPORT", "VOLUNTEERING", "MEETING_PLACE"));

    /** The need kinds in the order the case-service lists them. */
    public static final List<String> NEEDS = List.of("LANGUAGE_COURSE", "CHILDCARE", "SCHOOL", "VOCATIONAL_TRAINING",
            "RECOGNITION", "WORK", "HOUSING", "HEALTH", "COUNSELLING", "LEISURE");

    private NeedOffers() {
    }

    /** The offer categories that meet the need; none for a kind this service does not know yet. */
    public static List<String> categories(String need) {
        return CATEGORIES.getOrDefault(need, List.of());
    }
}
