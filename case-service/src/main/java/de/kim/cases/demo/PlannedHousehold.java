package de.kim.cases.demo;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A synthetic household and what happens on its case over the past year, in the order it happens.
 *
 * @param number
 *            1 for the earliest opened household of the caseload, and so on
 * @param origin
 *            where the household comes from (ISO 3166-1 alpha-2)
 * @param manager
 *            the case manager who opens the case and works it
 * @param receiver
 *            the case manager of another sub-region the case is handed over to, or null
 */
record PlannedHousehold(int number, String subregion, String origin, Staff manager, Staff receiver,
        List<Step> steps) {

    /** Who does the step: the receiving case manager from the hand-over's acceptance on. */
    Staff actorOf(Step step) {
        OffsetDateTime accepted = steps.stream().filter(Step.AcceptTransfer.class::isInstance).map(Step::at)
                .findFirst().orElse(null);
        return accepted != null && !step.at().isBefore(accepted) ? receiver : manager;
    }

    /**
     * A KIM team member the demo acts as.
     *
     * @param subject
     *            the identity-provider subject (token {@code sub}): a demo user's where the team directory names one
     */
    record Staff(String subject, String name, String subregion) {
    }
}
