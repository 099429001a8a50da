package de.kim.cases.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.kim.cases.common.Now;

/**
 * The steps of one household's case as they are planned, with the moments they happen at and which authorities take
 * part when. Every moment is a distinct one: each step becomes a case version, and a case version is known by the
 * moment of its change.
 */
final class Timeline {

    final Draw draw;
    final OffsetDateTime openedAt;
    final LocalDate opened;
    /** Nothing happens on the case after this day (yesterday, or when it closed or went quiet). */
    LocalDate lastDay;

    private final List<Step> steps = new ArrayList<>();
    private final Set<OffsetDateTime> used = new HashSet<>();
    private final Map<String, OffsetDateTime[]> authorities = new LinkedHashMap<>();

    Timeline(Draw draw, OffsetDateTime openedAt, LocalDate lastDay) {
        this.draw = draw;
        this.openedAt = openedAt;
        this.opened = day(openedAt);
        this.lastDay = lastDay;
        used.add(openedAt);
    }

    static LocalDate day(OffsetDateTime moment) {
        return moment.atZoneSameInstant(Now.ZONE).toLocalDate();
    }

    boolean within(LocalDate day) {
        return !day.isAfter(lastDay);
    }

    /** A moment of office hours on that day, after the opening. */
    OffsetDateTime moment(LocalDate day) {
        OffsetDateTime moment = draw.officeHours(day);
        OffsetDateTime floor = openedAt.plusMinutes(2);
        return unique(moment.isAfter(floor) ? moment : floor.plusMinutes(draw.between(0, 50)));
    }

    /** A moment of that evening, after everything else of the day. */
    OffsetDateTime evening(LocalDate day) {
        return unique(Now.stored(day.atTime(LocalTime.of(20, 0)).atZone(Now.ZONE).toOffsetDateTime()));
    }

    OffsetDateTime later(OffsetDateTime moment, int minutes) {
        return unique(moment.plusMinutes(minutes));
    }

    /** A day from {@code from} days to {@code to} days after {@code day}. */
    LocalDate after(LocalDate day, int from, int to) {
        return draw.workday(day.plusDays(from), day.plusDays(to));
    }

    void add(Step step) {
        steps.add(step);
    }

    void joined(String authority, OffsetDateTime at) {
        authorities.put(authority, new OffsetDateTime[]{at, null});
    }

    void left(String authority, OffsetDateTime at) {
        authorities.get(authority)[1] = at;
    }

    boolean hasJoined(String authority) {
        return authorities.containsKey(authority);
    }

    /** Whether the authority has joined before that moment and not left. */
    boolean takesPart(String authority, OffsetDateTime at) {
        OffsetDateTime[] span = authorities.get(authority);
        return span != null && span[0].isBefore(at) && (span[1] == null || at.isBefore(span[1]));
    }

    /** The authorities taking part at that moment, in the order they joined. */
    List<String> takingPart(OffsetDateTime at) {
        return authorities.keySet().stream().filter(authority -> takesPart(authority, at)).toList();
    }

    List<Step> inOrder() {
        List<Step> sorted = new ArrayList<>(steps);
        sorted.sort(Comparator.comparing(Step::at));
        return sorted;
    }

    private OffsetDateTime unique(OffsetDateTime moment) {
        OffsetDateTime candidate = moment;
        while (!used.add(candidate)) {
            candidate = candidate.plusNanos(1000);
        }
        return candidate;
    }
}
