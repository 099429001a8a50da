package de.kim.platform.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import de.kim.platform.problem.ApiProblem;

/** Moments given as query parameters: ISO 8601 with offset, so local time in Germany is never guessed. */
public final class Moments {

    private Moments() {
    }

    /**
     * @return the moment, or null when none is given
     * @throws ApiProblem 422 naming the parameter when the value is no such moment
     */
    public static OffsetDateTime parse(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid(parameter, "type",
                    "must be an ISO 8601 date-time with offset, e.g. 2027-03-29T15:30+02:00");
        }
    }

    /** @return the moment, or now when none is given */
    public static Instant parseOrNow(String parameter, String value) {
        OffsetDateTime moment = parse(parameter, value);
        return moment == null ? Instant.now() : moment.toInstant();
    }
}
