package de.kim.cases;

import java.util.List;
import java.util.Map;

/** Household members of the test cases (invented, like the seeds' examples). */
public final class People {

    private People() {
    }

    /** An adult with A2 German: the assessment finds a language course. */
    public static Map<String, Object> amira() {
        return Map.of("firstName", "Amira", "lastName", "Haddad", "birthDate", "1990-04-12", "gender", "FEMALE",
                "nationality", "SY", "languages",
                List.of(Map.of("code", "ar", "level", "native"), Map.of("code", "de", "level", "A2")),
                "residenceStatus", "RECOGNISED_REFUGEE", "residenceValidUntil", "2028-03-31");
    }

    /** A school-age child. */
    public static Map<String, Object> yusuf() {
        return Map.of("firstName", "Yusuf", "lastName", "Haddad", "birthDate", "2016-08-01", "gender", "MALE",
                "languages", List.of(Map.of("code", "ar", "level", "native")));
    }
}
