package de.kim.regions.contactpoint.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import de.kim.platform.events.contract.regions.ContactPointState.Closure;
import de.kim.platform.events.contract.regions.ContactPointState.OfficeHours;

/**
 * When a contact point is open. Office hours are wall-clock times in Germany, so every opening is computed in
 * Europe/Berlin for its own date: "Monday 15:00" is 14:00 UTC in winter and 13:00 UTC in summer, also in the week the
 * clocks change.
 */
public final class OpeningCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /** Beyond a year of closures nobody waits for an opening. */
    private static final int HORIZON_DAYS = 366;

    public record Opening(ZonedDateTime opens, ZonedDateTime closes) {

        public boolean contains(Instant at) {
            return !at.isBefore(opens.toInstant()) && at.isBefore(closes.toInstant());
        }
    }

    private final List<OfficeHours> hours;
    private final List<Closure> closures;

    public OpeningCalendar(List<OfficeHours> hours, List<Closure> closures) {
        this.hours = hours.stream().sorted(Comparator.comparing(OfficeHours::opens)).toList();
        this.closures = closures;
    }

    /** The opening in progress at {@code at}, if any: only that local day's slots are looked at. */
    public Optional<Opening> openAt(Instant at) {
        LocalDate day = at.atZone(ZONE).toLocalDate();
        if (isClosed(day)) {
            return Optional.empty();
        }
        return hours.stream()
                .filter(slot -> slot.day() == day.getDayOfWeek())
                .map(slot -> new Opening(ZonedDateTime.of(day, slot.opens(), ZONE),
                        ZonedDateTime.of(day, slot.closes(), ZONE)))
                .filter(opening -> opening.contains(at))
                .findFirst();
    }

    /** The opening in progress at {@code from}, else the first one after it (within a year). */
    public Optional<Opening> next(Instant from) {
        LocalDate day = from.atZone(ZONE).toLocalDate();
        for (int i = 0; i <= HORIZON_DAYS; i++, day = day.plusDays(1)) {
            if (isClosed(day)) {
                continue;
            }
            for (OfficeHours slot : hours) {
                if (slot.day() != day.getDayOfWeek()) {
                    continue;
                }
                Opening opening = new Opening(ZonedDateTime.of(day, slot.opens(), ZONE),
                        ZonedDateTime.of(day, slot.closes(), ZONE));
                if (opening.closes().toInstant().isAfter(from)) {
                    return Optional.of(opening);
                }
            }
        }
        return Optional.empty();
    }

    private boolean isClosed(LocalDate day) {
        return closures.stream().anyMatch(c -> !day.isBefore(c.from()) && !day.isAfter(c.to()));
    }
}
