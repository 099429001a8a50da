package de.kim.offers.offer.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.kim.offers.offer.api.OfferDate;
import de.kim.platform.events.contract.offers.OfferState.Slot;

/** The next dates counted from a given moment: what has begun is past, the rest of today is still to come. */
class NextDatesTest {

    private static final List<Slot> TUESDAY_MORNING_AND_AFTERNOON = List.of(
            new Slot(DayOfWeek.TUESDAY, LocalTime.of(14, 0), LocalTime.of(16, 0)),
            new Slot(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(11, 0)));

    /** Tuesday 2027-04-06, 10:00 in Lünen: the morning slot runs, the afternoon one is ahead. */
    private static final ZonedDateTime TUESDAY_10 = ZonedDateTime.of(LocalDateTime.of(2027, 4, 6, 10, 0),
            NextDates.BERLIN);

    @Test
    void startsWithTheRestOfTodayInTimeOrder() {
        assertThat(starts(NextDates.of(TUESDAY_MORNING_AND_AFTERNOON, null, null, TUESDAY_10, 3))).containsExactly(
                LocalDateTime.of(2027, 4, 6, 14, 0), LocalDateTime.of(2027, 4, 13, 9, 0),
                LocalDateTime.of(2027, 4, 13, 14, 0));
    }

    @Test
    void waitsForTheStartAndStopsAtTheEnd() {
        List<OfferDate> dates = NextDates.of(TUESDAY_MORNING_AND_AFTERNOON, LocalDate.of(2027, 4, 20),
                LocalDate.of(2027, 4, 20), TUESDAY_10, 3);

        assertThat(starts(dates)).containsExactly(LocalDateTime.of(2027, 4, 20, 9, 0),
                LocalDateTime.of(2027, 4, 20, 14, 0));
    }

    @Test
    void hasNoDatesWithoutScheduleOrAfterTheEnd() {
        assertThat(NextDates.of(List.of(), null, null, TUESDAY_10, 3)).isEmpty();
        assertThat(NextDates.of(TUESDAY_MORNING_AND_AFTERNOON, null, LocalDate.of(2027, 4, 5), TUESDAY_10, 3))
                .isEmpty();
    }

    @Test
    void countsFromTheMomentInGermanTimeWhateverItsZone() {
        ZonedDateTime sameMomentInUtc = TUESDAY_10.withZoneSameInstant(java.time.ZoneOffset.UTC);

        assertThat(NextDates.of(TUESDAY_MORNING_AND_AFTERNOON, null, null, sameMomentInUtc, 1))
                .isEqualTo(NextDates.of(TUESDAY_MORNING_AND_AFTERNOON, null, null, TUESDAY_10, 1));
    }

    private static List<LocalDateTime> starts(List<OfferDate> dates) {
        return dates.stream().map(date -> date.starts().atZoneSameInstant(NextDates.BERLIN).toLocalDateTime())
                .toList();
    }
}
