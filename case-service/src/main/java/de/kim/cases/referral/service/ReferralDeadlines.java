package de.kim.cases.referral.service;

import java.time.Duration;
import java.time.OffsetDateTime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import de.kim.platform.events.contract.cases.CaseState;

/**
 * How long a referral may wait before someone must look after it: closing the loop Primero leaves to humans.
 */
@ConfigMapping(prefix = "kim.referrals")
public interface ReferralDeadlines {

    /** Time for the provider's answer (accepted, waitlisted or declined). */
    @WithDefault("P5D")
    Duration answerWithin();

    /** Time from the request until the person has actually started. */
    @WithDefault("P30D")
    Duration startWithin();

    /** When the referral is overdue if nothing more happens; null when it waits for nobody. */
    default OffsetDateTime dueBy(CaseState.Referral referral) {
        return switch (referral.status()) {
            case "REQUESTED" -> referral.requestedAt().plus(answerWithin());
            case "ACCEPTED", "WAITLISTED" -> referral.requestedAt().plus(startWithin());
            default -> null;
        };
    }

    default boolean overdue(CaseState.Referral referral, OffsetDateTime now) {
        OffsetDateTime due = dueBy(referral);
        return due != null && now.isAfter(due);
    }
}
