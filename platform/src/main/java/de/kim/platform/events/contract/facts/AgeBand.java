package de.kim.platform.events.contract.facts;

import java.time.LocalDate;
import java.time.Period;

/**
 * Age bands as the municipal statistics use them: small children, school age, young adults (integration courses for
 * young people), working age, older. Only the band is kept, never a birth date.
 */
public enum AgeBand {
    UNDER_6(0),
    FROM_6_TO_17(6),
    FROM_18_TO_26(18),
    FROM_27_TO_44(27),
    FROM_45_TO_64(45),
    FROM_65(65),
    UNKNOWN(-1);

    private final int from;

    AgeBand(int from) {
        this.from = from;
    }

    /** The band of someone born on {@code birthDate} on the day {@code on}. */
    public static AgeBand of(LocalDate birthDate, LocalDate on) {
        if (birthDate == null || on == null || birthDate.isAfter(on)) {
            return UNKNOWN;
        }
        int years = Period.between(birthDate, on).getYears();
        AgeBand band = UNKNOWN;
        for (AgeBand candidate : values()) {
            if (candidate.from >= 0 && years >= candidate.from) {
                band = candidate;
            }
        }
        return band;
    }
}
