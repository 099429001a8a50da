package de.kim.cases.worklist.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A case on the worklist and why it needs attention.
 *
 * @param household
 *            the name of the household's first member, so the case manager knows whom it is about
 * @param members
 *            the names of all members, in the household's order (a search may have found the second)
 * @param urgency
 *            higher first: weighted flags plus priority
 */
public record WorklistItem(UUID caseId, String number, String household, List<String> members, String phase,
        String priority,
        String caseManager, LocalDate nextReview, OffsetDateTime lastActivityAt, int urgency, List<Flag> flags) {

    /**
     * @param kind
     *            INACTIVE, ENDED_WITHOUT_FOLLOW_UP, RESIDENCE_EXPIRING, REFERRAL_OVERDUE or REVIEW_OVERDUE
     * @param subject
     *            the measure, referral or member it concerns, if any
     * @param since
     *            when the flagged condition began (or the permit ends)
     */
    public record Flag(String kind, UUID subject, String detail, LocalDate since) {

        /** The kinds of flag, for filtering. */
        @Schema(name = "FlagKind")
        public enum Kind {
            INACTIVE,
            ENDED_WITHOUT_FOLLOW_UP,
            RESIDENCE_EXPIRING,
            REFERRAL_OVERDUE,
            REVIEW_OVERDUE
        }
    }
}
