package de.kim.cases.worklist.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.kim.cases.referral.service.ReferralDeadlines;
import de.kim.cases.worklist.service.WorklistItem.Flag;
import de.kim.platform.events.contract.cases.CaseState;

/**
 * "Keiner darf verloren gehen": the signs that a case is about to lose someone between two steps.
 */
final class RiskRules {

    static final int RESIDENCE_WARNING_DAYS = 60;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private RiskRules() {
    }

    static List<Flag> flags(CaseState state, OffsetDateTime lastActivity, int inactiveDays,
            ReferralDeadlines deadlines, OffsetDateTime now) {
        LocalDate today = now.atZoneSameInstant(BERLIN).toLocalDate();
        List<Flag> flags = new ArrayList<>();
        if (lastActivity.isBefore(now.minusDays(inactiveDays))) {
            flags.add(new Flag("INACTIVE", null, "no activity for more than " + inactiveDays + " days",
                    local(lastActivity)));
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
     * A measure or course that ended while its goal is still open, with nothing begun since: the moment people get
     * lost (e.g. after the integration course).
     */
    private static List<Flag> endedWithoutFollowUp(CaseState state) {
        List<Start> starts = new ArrayList<>();
        state.goals().forEach(g -> g.measures().forEach(m -> starts.add(new Start(m.id(), local(m.createdAt())))));
        state.referrals().forEach(r -> starts.add(new Start(r.id(), local(r.requestedAt()))));
        List<Flag> flags = new ArrayList<>();
        for (CaseState.Goal goal : state.goals()) {
            if (!"OPEN".equals(goal.status())) {
                continue;
            }
            for (CaseState.Measure measure : goal.measures()) {
                if (measure.endedOn() != null && nothingSince(starts, measure.id(), measure.endedOn())) {
                    flags.add(new Flag("ENDED_WITHOUT_FOLLOW_UP", measure.id(), "measure ended, nothing follows",
                            measure.endedOn()));
                }
            }
        }
        for (CaseState.Referral referral : state.referrals()) {
            boolean ended = "COMPLETED".equals(referral.status()) || "DROPPED_OUT".equals(referral.status())
                    || "DECLINED".equals(referral.status());
            if (ended && nothingSince(starts, referral.id(), local(referral.statusAt()))) {
                flags.add(new Flag("ENDED_WITHOUT_FOLLOW_UP", referral.id(),
                        "referral " + referral.status().toLowerCase(Locale.ROOT) + ", nothing follows",
                        local(referral.statusAt())));
            }
        }
        return flags;
    }

    /** Something (a measure or referral) that began on a day. */
    private record Start(UUID id, LocalDate on) {
    }

    private static boolean nothingSince(List<Start> starts, UUID ended, LocalDate endedOn) {
        return starts.stream().noneMatch(start -> !start.id().equals(ended) && !start.on().isBefore(endedOn));
    }

    private static LocalDate local(OffsetDateTime moment) {
        return moment.atZoneSameInstant(BERLIN).toLocalDate();
    }
}
