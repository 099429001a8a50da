package de.kim.cases.common;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

import de.kim.platform.api.DistrictClock;

/**
 * The service's clock. Moments as PostgreSQL keeps them (UTC, microseconds): a case's published state must equal the
 * state read back from the database, or the consistency check would see drift that is only rounding. Days as the
 * district counts them (German time): consents, participations, due dates.
 */
public final class Now {

    /** The district's time zone. */
    public static final ZoneId ZONE = DistrictClock.ZONE;

    /**
     * The moment set by {@link #asOf} for the current thread, else null (the real clock). Bound to the thread rather
     * than made an injected {@code java.time.Clock}, because the services, entities' rules and static helpers all read
     * this class statically: a bean would change every caller. The binding lives only while {@link #asOf} runs on that
     * thread and is removed in its {@code finally}, so requests, event consumers and scheduled jobs never see a moment
     * that is not theirs, even on pooled threads.
     */
    private static final ThreadLocal<OffsetDateTime> AS_OF = new ThreadLocal<>();

    private Now() {
    }

    public static OffsetDateTime utc() {
        OffsetDateTime asOf = AS_OF.get();
        return asOf != null ? asOf : stored(OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** Today in the district. */
    public static LocalDate today() {
        OffsetDateTime asOf = AS_OF.get();
        return asOf != null ? asOf.atZoneSameInstant(ZONE).toLocalDate() : LocalDate.now(ZONE);
    }

    /** The moment as it will read back from a timestamptz column. */
    public static OffsetDateTime stored(OffsetDateTime moment) {
        return moment == null ? null : moment.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Does {@code work} on this thread as if it were {@code moment} (in the past): what it records carries that
     * moment. Only the demo caseload ({@code de.kim.cases.demo}) uses it, to give its synthetic households a year of
     * history through the same service code as every change; nothing that serves a request may call it.
     */
    public static <T> T asOf(OffsetDateTime moment, Supplier<T> work) {
        OffsetDateTime previous = AS_OF.get();
        AS_OF.set(stored(moment));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                AS_OF.remove();
            } else {
                AS_OF.set(previous);
            }
        }
    }
}
