package de.kim.regions.contactpoint.service;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import de.kim.platform.problem.ApiProblem;
import de.kim.regions.contactpoint.api.ContactPointInput;
import de.kim.regions.contactpoint.api.ContactPointInput.Slot;

/** The rules for office hours, closures and languages that bean validation cannot express. */
final class ContactPointRules {

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    private ContactPointRules() {
    }

    static void check(ContactPointInput input) {
        for (int i = 0; i < input.languages().size(); i++) {
            if (!ISO_639_1.contains(input.languages().get(i))) {
                throw ApiProblem.invalid("languages[" + i + "]", "must be an ISO 639-1 code such as de, ar, fa");
            }
        }
        List<Slot> hours = input.officeHours();
        for (int i = 0; i < hours.size(); i++) {
            Slot slot = hours.get(i);
            if (!slot.opens().isBefore(slot.closes())) {
                throw ApiProblem.invalid("officeHours[" + i + "]", "must open before it closes");
            }
            for (int j = 0; j < i; j++) {
                Slot other = hours.get(j);
                boolean overlap = other.day() == slot.day() && slot.opens().isBefore(other.closes())
                        && other.opens().isBefore(slot.closes());
                if (overlap) {
                    throw ApiProblem.invalid("officeHours[" + i + "]", "overlaps officeHours[" + j + "]");
                }
            }
        }
        for (int i = 0; i < input.closures().size(); i++) {
            if (input.closures().get(i).to().isBefore(input.closures().get(i).from())) {
                throw ApiProblem.invalid("closures[" + i + "]", "must not end before it starts");
            }
        }
    }
}
