package de.kim.regions.common;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import de.kim.platform.problem.ApiProblem;

/** Moments given as query parameters: ISO 8601 with offset, so local time in Germany is never guessed. */
public final class Moments {

    private Moments() {
    }

    /** @return the moment, or now when none is given */
    public static Instant parse(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return Instant.now();
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid(parameter,
                    "must be an ISO 8601 date-time with offset, e.g. 2027-03-29T15:30+02:00");
        }
    }
}
