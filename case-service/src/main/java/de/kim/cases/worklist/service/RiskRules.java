package de.kim.cases.worklist.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import de.kim.cases.common.Now;
import de.kim.cases.referral.service.ReferralDeadlines;
import de.kim.cases.worklist.service.WorklistItem.Flag;
import de.kim.platform.events.contract.cases.CaseState;

/**
 * "Keiner darf verloren gehen": the signs that a case is about to lose someone between two steps.
 */
final class RiskRules {

    static final int RESIDENCE_WARNING_DAYS = 60;
    private static final Set<String> ACTIVE_REFERRAL = Set.of("REQUESTED", "ACCEPTED", "WAITLISTED", "STARTED");
    private static final Set<String> ENDED_REFERRAL = Set.of("COMPLETED", "DROPPED_OUT", "DECLINED");

    private RiskRules() {
    }

    /** What the rules look at of a case: nothing else of it needs loading to flag it. */
    record Watched(List<CaseState.Member> members, List<CaseState.Goal> goals, List<CaseState.Referral> referrals,
            LocalDate nextReview, OffsetDateTime lastActivity) {
    }

    static List<Flag> flags(Watched state, int inactiveDays, ReferralDeadlines deadlines, OffsetDateTime now) {
        LocalDate today = now.atZoneSameInstant(Now.ZONE).toLocalDate();
        List<Flag> flags = new ArrayList<>();
        if (state.lastActivity().isBefore(now.minusDays(inactiveDays))) {
            flags.add(new Flag("INACTIVE", null, "no activity for more than " + inactiveDays + " days",
                    local(state.lastActivity())));
        }
        for (CaseState.Member member : state.members()) {
            LocalDate validUntil = member.residenceValidUntil();
            if (validUntil != null && !validUntil.isAfter(today.plusDays(RESIDENCE_WARNING_DAYS))) {
                flags.add(new Flag("RESIDENCE_EXPIRING", member.id(),
                        validUntil.isBefore(today) ? "residence permit expired" : "residence permit expires soon",
                        validUntil));
            }
        }
        for (CaseState.Referral referral : state.referrals()) {
            if (deadlines.overdue(referral, now)) {
                flags.add(new Flag("REFERRAL_OVERDUE", referral.id(), "REQUESTED".equals(referral.status())
                        ? "no answer from the provider"
                        : "accepted but not started", local(deadlines.dueBy(referral))));
            }
        }
        flags.addAll(endedWithoutFollowUp(state));
        if (state.nextReview() != null && state.nextReview().isBefore(today)) {
            flags.add(new Flag("REVIEW_OVERDUE", null, "review date has passed", state.nextReview()));
        }
        return flags;
    }

    /**
     * A measure or course that ended while its goal is still open, with no next step: nothing begun since and nothing
     * else still running. The moment people get lost (e.g. after the integration course).
     */
    private static List<Flag> endedWithoutFollowUp(Watched state) {
        List<Step> steps = new ArrayList<>();
        for (CaseState.Goal goal : state.goals()) {
            boolean open = "OPEN".equals(goal.status());
            goal.measures().forEach(m -> steps.add(new Step(m.id(), local(m.createdAt()),
                    open && m.endedOn() == null)));
        }
        state.referrals().forEach(r -> steps.add(new Step(r.id(), local(r.requestedAt()),
                ACTIVE_REFERRAL.contains(r.status()))));
        Set<UUID> settledNeeds = new HashSet<>();
        state.goals().stream().filter(g -> !"OPEN".equals(g.status()) && g.needId() != null)
                .forEach(g -> settledNeeds.add(g.needId()));

        List<Flag> flags = new ArrayList<>();
        for (CaseState.Goal goal : state.goals()) {
            if (!"OPEN".equals(goal.status())) {
                continue;
            }
            for (CaseState.Measure measure : goal.measures()) {
                if (measure.endedOn() != null && noNextStep(steps, measure.id(), measure.endedOn())) {
                    flags.add(new Flag("ENDED_WITHOUT_FOLLOW_UP", measure.id(), "measure ended, nothing follows",
                            measure.endedOn()));
                }
            }
        }
        for (CaseState.Referral referral : state.referrals()) {
            boolean ended = ENDED_REFERRAL.contains(referral.status());
            boolean settled = referral.needId() != null && settledNeeds.contains(referral.needId());
            if (ended && !settled && noNextStep(steps, referral.id(), local(referral.statusAt()))) {
                flags.add(new Flag("ENDED_WITHOUT_FOLLOW_UP", referral.id(),
                        "referral " + referral.status().toLowerCase(Locale.ROOT) + ", nothing follows",
                        local(referral.statusAt())));
            }
        }
        return flags;
    }

    /** A measure or referral: when it began and whether it is still going on. */
    private record Step(UUID id, LocalDate began, boolean running) {
    }

    private static boolean noNextStep(List<Step> steps, UUID ended, LocalDate endedOn) {
        return steps.stream()
                .noneMatch(step -> !step.id().equals(ended) && (step.running() || !step.began().isBefore(endedOn)));
    }

    private static LocalDate local(OffsetDateTime moment) {
        return moment.atZoneSameInstant(Now.ZONE).toLocalDate();
    }
}
