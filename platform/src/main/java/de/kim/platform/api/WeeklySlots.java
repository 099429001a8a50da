package de.kim.platform.api;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Function;

import de.kim.platform.problem.ApiProblem;

/** Weekly time slots (office hours, course schedules): each must end after it starts, none may overlap. */
public final class WeeklySlots {

    private WeeklySlots() {
    }

    /** @throws ApiProblem 422 naming the slot, e.g. {@code officeHours[1]} */
    public static <T> void requireValid(String field, List<T> slots, Function<T, DayOfWeek> day,
            Function<T, LocalTime> start, Function<T, LocalTime> end) {
        for (int i = 0; i < slots.size(); i++) {
            T slot = slots.get(i);
            if (!start.apply(slot).isBefore(end.apply(slot))) {
                throw ApiProblem.invalid(field + "[" + i + "]", "end-after-start", "must end after it starts");
            }
            for (int j = 0; j < i; j++) {
                T other = slots.get(j);
                boolean overlap = day.apply(other) == day.apply(slot) && start.apply(slot).isBefore(end.apply(other))
                        && start.apply(other).isBefore(end.apply(slot));
                if (overlap) {
                    throw ApiProblem.invalid(field + "[" + i + "]", "overlap", "overlaps " + field + "[" + j + "]");
                }
            }
        }
    }
}
