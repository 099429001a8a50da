package de.kim.cases.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import de.kim.cases.common.Now;

/**
 * The seeded dice of the demo caseload: every choice goes through one {@link Random}, so the same seed draws the same
 * caseload on every machine ({@code java.util.Random}'s sequence is specified by the JDK).
 */
final class Draw {

    private final Random random;

    Draw(long seed) {
        this.random = new Random(seed);
    }

    /** A seed for the {@code index}-th item of a run with {@code seed}, well apart from its neighbours'. */
    static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** From {@code from} to {@code to}, both included. */
    int between(int from, int to) {
        return to <= from ? from : from + random.nextInt(to - from + 1);
    }

    double between(double from, double to) {
        return from + random.nextDouble() * (to - from);
    }

    <T> T oneOf(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** One of the keys, each as likely as its weight; the map must iterate in a fixed order. */
    <T> T weighted(Map<T, Integer> weights) {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int pick = random.nextInt(total);
        for (Map.Entry<T, Integer> entry : weights.entrySet()) {
            pick -= entry.getValue();
            if (pick < 0) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("weights must be positive");
    }

    /**
     * Weights in the order given: {@code weights("a", 3, "b", 1)}. Never {@code Map.of}, whose order changes from
     * one JVM to the next and would change the caseload with it.
     */
    @SuppressWarnings("unchecked")
    static <T> Map<T, Integer> weights(Object... keysAndWeights) {
        Map<T, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndWeights.length; i += 2) {
            map.put((T) keysAndWeights[i], (Integer) keysAndWeights[i + 1]);
        }
        return map;
    }

    /** A day from {@code from} to {@code to}, moved off the weekend (offices are closed) where the range allows. */
    LocalDate workday(LocalDate from, LocalDate to) {
        long span = Math.max(0, to.toEpochDay() - from.toEpochDay());
        LocalDate day = from.plusDays(span == 0 ? 0 : random.nextLong(span + 1));
        for (int step : new int[]{-1, 1, -2, 2}) {
            if (!weekend(day)) {
                return day;
            }
            LocalDate moved = day.plusDays(step);
            if (!weekend(moved) && !moved.isBefore(from) && !moved.isAfter(to)) {
                return moved;
            }
        }
        return day;
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** A moment of office hours (German time) on that day. */
    OffsetDateTime officeHours(LocalDate day) {
        LocalTime time = LocalTime.of(8, 0).plusMinutes(random.nextInt(8 * 60 + 30));
        return Now.stored(day.atTime(time).atZone(Now.ZONE).toOffsetDateTime());
    }
}
