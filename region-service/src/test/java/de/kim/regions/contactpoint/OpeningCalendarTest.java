package de.kim.regions.contactpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.kim.platform.events.contract.regions.ContactPointState.Closure;
import de.kim.platform.events.contract.regions.ContactPointState.OfficeHours;
import de.kim.regions.contactpoint.domain.OpeningCalendar;
import de.kim.regions.contactpoint.domain.OpeningCalendar.Opening;

/** Office hours of the Michaelsheim (seed 000): Mon 15:00–16:30, Thu and Fri 10:00–11:30, local time. */
class OpeningCalendarTest {

    private static final List<OfficeHours> MICHAELSHEIM = List.of(
            new OfficeHours(DayOfWeek.MONDAY, LocalTime.of(15, 0), LocalTime.of(16, 30)),
            new OfficeHours(DayOfWeek.THURSDAY, LocalTime.of(10, 0), LocalTime.of(11, 30)),
            new OfficeHours(DayOfWeek.FRIDAY, LocalTime.of(10, 0), LocalTime.of(11, 30)));

    private final OpeningCalendar calendar = new OpeningCalendar(MICHAELSHEIM, List.of());

    @Test
    void nextOpeningAfterSpringForwardIsInSummerTime() {
        // Sat 2027-03-27, winter time; clocks go forward on Sun 2027-03-28.
        Opening next = calendar.next(Instant.parse("2027-03-27T11:00:00Z")).orElseThrow();

        assertThat(next.opens().toInstant()).isEqualTo(Instant.parse("2027-03-29T13:00:00Z"));
        assertThat(next.closes().toInstant()).isEqualTo(Instant.parse("2027-03-29T14:30:00Z"));
        assertThat(next.opens().getOffset().getTotalSeconds()).isEqualTo(2 * 3600);
    }

    @Test
    void nextOpeningAfterFallBackIsInWinterTime() {
        // Sat 2027-10-30, summer time; clocks go back on Sun 2027-10-31.
        Opening next = calendar.next(Instant.parse("2027-10-30T10:00:00Z")).orElseThrow();

        assertThat(next.opens().toInstant()).isEqualTo(Instant.parse("2027-11-01T14:00:00Z"));
        assertThat(next.opens().getOffset().getTotalSeconds()).isEqualTo(3600);
    }

    @Test
    void isOpenDuringSlotAndClosedAtItsEnd() {
        Instant mondayAfternoon = Instant.parse("2027-01-04T14:10:00Z"); // 15:10 local
        assertThat(calendar.openAt(mondayAfternoon)).isPresent();
        assertThat(calendar.openAt(Instant.parse("2027-01-04T15:30:00Z"))).isEmpty(); // 16:30 local, closed
    }

    @Test
    void nextOpeningDuringSlotIsTheCurrentOne() {
        Opening current = calendar.next(Instant.parse("2027-01-07T09:45:00Z")).orElseThrow(); // Thu 10:45
        assertThat(current.opens().toLocalDate()).isEqualTo(LocalDate.of(2027, 1, 7));
        assertThat(current.opens().toLocalTime()).isEqualTo(LocalTime.of(10, 0));
    }

    @Test
    void skipsClosedDays() {
        OpeningCalendar withHoliday = new OpeningCalendar(MICHAELSHEIM,
                List.of(new Closure(LocalDate.of(2027, 12, 23), LocalDate.of(2028, 1, 2), "Weihnachtsferien")));

        Opening next = withHoliday.next(Instant.parse("2027-12-22T12:00:00Z")).orElseThrow();

        assertThat(next.opens().toLocalDate()).isEqualTo(LocalDate.of(2028, 1, 3));
    }

    @Test
    void hasNoOpeningWithoutOfficeHours() {
        assertThat(new OpeningCalendar(List.of(), List.of()).next(Instant.now())).isEmpty();
    }
}
