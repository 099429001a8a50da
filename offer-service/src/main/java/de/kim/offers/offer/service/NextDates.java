package de.kim.offers.offer.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import de.kim.offers.offer.api.OfferDate;
import de.kim.platform.events.contract.offers.OfferState.Slot;

/**
 * The coming dates of a weekly schedule. Slots are German local times, so each date gets the offset of its own day:
 * 10:00 stays 10:00 across the switch to and from summer time.
 */
final class NextDates {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private NextDates() {
    }

    /**
     * @return up to {@code count} dates that have not begun at {@code now}, none before {@code startsOn} or after
     *         {@code endsOn} (both optional, both days included), in time order
     */
    static List<OfferDate> of(List<Slot> schedule, LocalDate startsOn, LocalDate endsOn, ZonedDateTime now,
            int count) {
        List<OfferDate> dates = new ArrayList<>();
        if (schedule.isEmpty() || count <= 0) {
            return dates;
        }
        List<Slot> byStart = schedule.stream().sorted(Comparator.comparing(Slot::starts)).toList();
        ZonedDateTime local = now.withZoneSameInstant(BERLIN);
        LocalDate day = startsOn != null && startsOn.isAfter(local.toLocalDate()) ? startsOn : local.toLocalDate();
        // Every weekday a slot falls on comes round once a week: count weeks and the rest of this one suffice.
        LocalDate last = day.plusWeeks(count + 1L);
        for (; !day.isAfter(last) && (endsOn == null || !day.isAfter(endsOn)); day = day.plusDays(1)) {
            for (Slot slot : byStart) {
                ZonedDateTime starts = ZonedDateTime.of(day, slot.starts(), BERLIN);
                if (slot.day() != day.getDayOfWeek() || starts.isBefore(local)) {
                    continue;
                }
                dates.add(new OfferDate(starts.toOffsetDateTime(),
                        ZonedDateTime.of(day, slot.ends(), BERLIN).toOffsetDateTime()));
                if (dates.size() == count) {
                    return dates;
                }
            }
        }
        return dates;
    }
}
