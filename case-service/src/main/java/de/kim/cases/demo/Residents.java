package de.kim.cases.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import de.kim.cases.demo.HouseholdShape.Role;
import de.kim.cases.plan.api.AssessmentInput.Employment;
import de.kim.cases.plan.api.AssessmentInput.Schooling;
import de.kim.platform.vocabulary.Gender;
import de.kim.platform.vocabulary.ResidenceStatus;

/**
 * The people of a demo household as the case records them at its opening, and what they answer in the needs
 * assessment: names by origin and gender, ages that fit a family, languages with German as far as the time since
 * arrival allows, schooling and work as people from there bring them.
 */
final class Residents {

    static final List<String> LEVELS = List.of("A1", "A2", "B1", "B2", "C1", "C2");

    /** A person of the plan: who they are, and the answers they give. */
    record Resident(Role role, Step.Person person, String german, Schooling schooling, Step.Answers answers) {

        int ageOn(LocalDate day) {
            return (int) ChronoUnit.YEARS.between(person.birthDate(), day);
        }

        boolean female() {
            return person.gender() == Gender.FEMALE;
        }
    }

    private Residents() {
    }

    static List<Resident> of(Draw draw, Origin origin, List<Role> roles, ResidenceStatus status,
            LocalDate validUntil, LocalDate arrival, LocalDate opened) {
        String family = draw.oneOf(origin.surnames);
        boolean ownNames = !origin.fromEu() && !"UA".equals(origin.country) && !"TR".equals(origin.country);
        String nativeLanguage = draw.weighted(origin.nativeLanguages);
        List<Resident> residents = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            Role role = roles.get(i);
            boolean female = role.gender() == Gender.FEMALE
                    || role.gender() == Gender.DIVERSE && draw.chance(0.5);
            String surname = ownNames && female && role.adult() && i > 0 ? draw.oneOf(origin.surnames) : family;
            LocalDate birth = opened.minusYears(role.age()).minusDays(draw.between(0, 364));
            LocalDate arrived = birth.isAfter(arrival) ? null : arrival;
            long months = ChronoUnit.MONTHS.between(arrived == null ? birth : arrived, opened);
            String german = german(draw, role.age(), months);
            List<Step.Language> languages = new ArrayList<>();
            languages.add(new Step.Language(nativeLanguage, "native"));
            if (role.adult() && draw.chance("UA".equals(origin.country) ? 0.7 : 0.3)) {
                languages.add(new Step.Language(origin.secondLanguage, draw.oneOf(List.of("A2", "B1", "B2", "C1"))));
            }
            if (german != null) {
                languages.add(new Step.Language("de", german));
            }
            Step.Person person = new Step.Person(draw.oneOf(female ? origin.femaleNames : origin.maleNames),
                    origin.surname(surname, female), birth, role.gender(), origin.country, List.copyOf(languages),
                    status, validUntil, arrived);
            Schooling schooling = role.age() >= 18 ? schooling(draw, origin) : null;
            residents.add(new Resident(role, person, german, schooling,
                    answers(draw, i, role, schooling, months, roles)));
        }
        return residents;
    }

    /** German after {@code months} in Germany; none for small children and for many who just arrived. */
    private static String german(Draw draw, int age, long months) {
        if (age < 3) {
            return null;
        }
        int level;
        if (months < 4) {
            level = draw.chance(0.55) ? -1 : 0;
        } else if (months < 12) {
            level = draw.weighted(Draw.weights(-1, 10, 0, 55, 1, 30, 2, 5));
        } else if (months < 24) {
            level = draw.weighted(Draw.weights(0, 20, 1, 45, 2, 30, 3, 5));
        } else {
            level = draw.weighted(Draw.weights(1, 30, 2, 45, 3, 20, 4, 5));
        }
        if (age < 18 && months >= 6) {
            level = Math.min(level + 1, 3);
        }
        return level < 0 ? null : LEVELS.get(level);
    }

    private static Schooling schooling(Draw draw, Origin origin) {
        return switch (origin) {
            case UKRAINE -> draw.weighted(Draw.weights(Schooling.PRIMARY, 5, Schooling.SECONDARY, 20,
                    Schooling.UPPER_SECONDARY, 35, Schooling.TERTIARY, 40));
            case AFGHANISTAN, ERITREA, GUINEA, SOMALIA -> draw.weighted(Draw.weights(Schooling.NONE, 22,
                    Schooling.PRIMARY, 30, Schooling.SECONDARY, 28, Schooling.UPPER_SECONDARY, 14,
                    Schooling.TERTIARY, 6));
            case ROMANIA, BULGARIA -> draw.weighted(Draw.weights(Schooling.NONE, 8, Schooling.PRIMARY, 25,
                    Schooling.SECONDARY, 40, Schooling.UPPER_SECONDARY, 20, Schooling.TERTIARY, 7));
            default -> draw.weighted(Draw.weights(Schooling.NONE, 5, Schooling.PRIMARY, 20, Schooling.SECONDARY, 35,
                    Schooling.UPPER_SECONDARY, 25, Schooling.TERTIARY, 15));
        };
    }

    private static Step.Answers answers(Draw draw, int position, Role role, Schooling schooling, long months,
            List<Role> household) {
        int age = role.age();
        if (age < 18) {
            Boolean attends = age < 1 ? null : draw.chance(age >= 6 ? (months < 3 ? 0.35 : 0.85) : 0.4);
            Employment employment = age >= 16 && draw.chance(0.15) ? Employment.IN_TRAINING : null;
            return new Step.Answers(position, null, null, null, null, employment, attends, draw.chance(0.04));
        }
        Integer years = switch (schooling) {
            case NONE -> 0;
            case PRIMARY -> draw.between(4, 6);
            case SECONDARY -> draw.between(8, 10);
            case UPPER_SECONDARY -> 12;
            case TERTIARY -> draw.between(15, 17);
        };
        double qualifiedShare = switch (schooling) {
            case NONE -> 0.1;
            case PRIMARY -> 0.25;
            case SECONDARY -> 0.45;
            case UPPER_SECONDARY -> 0.55;
            case TERTIARY -> 0.85;
        };
        String qualification = draw.chance(qualifiedShare) ? draw.oneOf(DemoTexts.QUALIFICATIONS) : null;
        Boolean recognised = qualification == null ? null : draw.chance(0.2);
        boolean smallChild = household.stream().anyMatch(r -> r.kind() == Role.Kind.CHILD && r.age() < 3);
        Employment employment;
        if (age >= 67) {
            employment = Employment.NOT_IN_LABOUR_MARKET;
        } else if (role.gender() == Gender.FEMALE && smallChild && draw.chance(0.6)) {
            employment = Employment.NOT_IN_LABOUR_MARKET;
        } else {
            double employed = months >= 24 ? 0.18 : 0.06;
            employment = draw.chance(employed)
                    ? Employment.EMPLOYED
                    : draw.chance(0.05) ? Employment.IN_TRAINING : Employment.UNEMPLOYED;
        }
        return new Step.Answers(position, schooling, years, qualification, recognised, employment, null,
                draw.chance(age >= 60 ? 0.3 : 0.07));
    }
}
