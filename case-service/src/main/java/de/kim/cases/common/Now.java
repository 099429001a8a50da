package de.kim.cases.common;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Moments as PostgreSQL keeps them (UTC, microseconds). A case's published state must equal the state read back from
 * the database, or the consistency check would see drift that is only rounding.
 */
public final class Now {

    private Now() {
    }

    public static OffsetDateTime utc() {
        return stored(OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** The moment as it will read back from a timestamptz column. */
    public static OffsetDateTime stored(OffsetDateTime moment) {
        return moment == null ? null : moment.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
