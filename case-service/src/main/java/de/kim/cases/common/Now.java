package de.kim.cases.common;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The service's clock. Moments as PostgreSQL keeps them (UTC, microseconds): a case's published state must equal the
 * state read back from the database, or the consistency check would see drift that is only rounding. Days as the
 * district counts them (German time): consents, participations, due dates.
 */
public final class Now {

    /** The district's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private Now() {
    }

    public static OffsetDateTime utc() {
        return stored(OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** Today in the district. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The moment as it will read back from a timestamptz column. */
    public static OffsetDateTime stored(OffsetDateTime moment) {
        return moment == null ? null : moment.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
