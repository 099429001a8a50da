package de.kim.regions.contactpoint.service;

import de.kim.platform.api.WeeklySlots;
import de.kim.platform.problem.ApiProblem;
import de.kim.platform.vocabulary.Languages;
import de.kim.regions.contactpoint.api.ContactPointInput;
import de.kim.regions.contactpoint.api.ContactPointInput.Slot;

/** The rules for office hours, closures and languages that bean validation cannot express. */
final class ContactPointRules {

    private ContactPointRules() {
    }

    static void check(ContactPointInput input) {
        Languages.requireIsoCodes("languages", input.languages());
        WeeklySlots.requireValid("officeHours", input.officeHours(), Slot::day, Slot::opens, Slot::closes);
        for (int i = 0; i < input.closures().size(); i++) {
            if (input.closures().get(i).to().isBefore(input.closures().get(i).from())) {
                throw ApiProblem.invalid("closures[" + i + "]", "end-after-start", "must not end before it starts");
            }
        }
    }
}
