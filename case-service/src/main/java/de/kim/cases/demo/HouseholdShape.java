package de.kim.cases.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.kim.cases.plan.api.AssessmentInput.FamilyStatus;
import de.kim.platform.vocabulary.Gender;

/** Who lives in a household (1 to 7 people): the kind of household, then each person's role, age and gender. */
enum HouseholdShape {

    SINGLE_ADULT(FamilyStatus.SINGLE),
    COUPLE(FamilyStatus.MARRIED),
    FAMILY(FamilyStatus.MARRIED),
    SINGLE_PARENT(FamilyStatus.SINGLE_PARENT),
    /** Parents, children and a grandparent. */
    EXTENDED_FAMILY(FamilyStatus.MARRIED),
    /** A young person who came alone (unbegleitete minderjährige Geflüchtete): the Jugendamt's. */
    UNACCOMPANIED_MINOR(FamilyStatus.SINGLE);

    final FamilyStatus familyStatus;

    HouseholdShape(FamilyStatus familyStatus) {
        this.familyStatus = familyStatus;
    }

    /** How often each kind of household comes from an origin. */
    enum Mix {
        FAMILIES(24, 8, 44, 10, 9, 5),
        MOTHERS_WITH_CHILDREN(20, 10, 16, 38, 14, 2),
        SINGLES(48, 18, 28, 5, 1, 0),
        YOUNG_SINGLES(58, 5, 14, 12, 1, 10);

        private final int[] weights;

        Mix(int... weights) {
            this.weights = weights;
        }

        HouseholdShape draw(Draw draw) {
            Map<HouseholdShape, Integer> map = new LinkedHashMap<>();
            HouseholdShape[] shapes = HouseholdShape.values();
            for (int i = 0; i < shapes.length; i++) {
                if (weights[i] > 0) {
                    map.put(shapes[i], weights[i]);
                }
            }
            return draw.weighted(map);
        }
    }

    /** A person's place in the household, with their age (in years, at the case's opening). */
    record Role(Kind kind, int age, Gender gender) {

        enum Kind {
            ADULT,
            CHILD,
            GRANDPARENT,
            MINOR_ALONE
        }

        boolean adult() {
            return age >= 18;
        }
    }

    /** The people of such a household: adults first, then children from the eldest. */
    List<Role> people(Draw draw, Mix mix) {
        List<Role> people = new ArrayList<>();
        switch (this) {
            case SINGLE_ADULT -> people.add(new Role(Role.Kind.ADULT, draw.between(18, 58), singleGender(draw, mix)));
            case COUPLE -> couple(draw, draw.between(19, 62), people);
            case FAMILY, EXTENDED_FAMILY -> {
                int mother = draw.between(21, 46);
                couple(draw, mother, people);
                children(draw, mother, childCount(draw, this == EXTENDED_FAMILY ? 4 : 5), people);
                if (this == EXTENDED_FAMILY) {
                    people.add(2, new Role(Role.Kind.GRANDPARENT, Math.max(mother + draw.between(20, 28), 52),
                            draw.chance(0.7) ? Gender.FEMALE : Gender.MALE));
                }
            }
            case SINGLE_PARENT -> {
                int parent = draw.between(20, 48);
                people.add(new Role(Role.Kind.ADULT, parent, draw.chance(0.9) ? Gender.FEMALE : Gender.MALE));
                children(draw, parent, Math.min(4, childCount(draw, 4)), people);
            }
            case UNACCOMPANIED_MINOR -> people.add(new Role(Role.Kind.MINOR_ALONE, draw.between(15, 17),
                    draw.chance(0.85) ? Gender.MALE : Gender.FEMALE));
        }
        return people;
    }

    private static Gender singleGender(Draw draw, Mix mix) {
        if (draw.chance(0.004)) {
            return Gender.DIVERSE;
        }
        double men = switch (mix) {
            case YOUNG_SINGLES -> 0.78;
            case SINGLES -> 0.7;
            case FAMILIES -> 0.62;
            case MOTHERS_WITH_CHILDREN -> 0.4;
        };
        return draw.chance(men) ? Gender.MALE : Gender.FEMALE;
    }

    private static void couple(Draw draw, int womanAge, List<Role> people) {
        people.add(new Role(Role.Kind.ADULT, Math.min(womanAge + draw.between(0, 8), 70), Gender.MALE));
        people.add(new Role(Role.Kind.ADULT, womanAge, Gender.FEMALE));
    }

    private static int childCount(Draw draw, int most) {
        int count = draw.<Integer>weighted(Draw.weights(1, 25, 2, 35, 3, 22, 4, 12, 5, 6));
        return Math.min(count, most);
    }

    /** Children the parent can have had: born when the parent was 17 or older, the eldest first. */
    private static void children(Draw draw, int parentAge, int count, List<Role> people) {
        List<Integer> ages = new ArrayList<>();
        int eldest = Math.min(17, parentAge - 17);
        for (int i = 0; i < count && eldest >= 0; i++) {
            ages.add(draw.between(0, eldest));
        }
        ages.sort((a, b) -> b - a);
        for (int age : ages) {
            people.add(new Role(Role.Kind.CHILD, age, draw.chance(0.5) ? Gender.FEMALE : Gender.MALE));
        }
    }
}
