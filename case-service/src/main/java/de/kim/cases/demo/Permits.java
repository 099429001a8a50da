package de.kim.cases.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import de.kim.platform.vocabulary.ResidenceStatus;

/** Residence statuses and permits: how long they run, and the renewals and asylum decisions of the year. */
final class Permits {

    private final Draw draw;
    private ResidenceStatus status;
    private LocalDate validUntil;
    private LocalDate decision;

    Permits(Draw draw, ResidenceStatus status, LocalDate arrival, LocalDate opened) {
        this.draw = draw;
        this.status = status;
        if (months(status, true) > 0) {
            LocalDate issued = status == ResidenceStatus.RECOGNISED_REFUGEE
                    || status == ResidenceStatus.SUBSIDIARY_PROTECTION
                            ? arrival.plusDays(draw.between(120, 300))
                            : arrival;
            LocalDate until = issued.plusMonths(months(status, true));
            while (!until.isAfter(opened)) {
                until = until.plusMonths(months(status, false));
            }
            validUntil = until;
        }
        if (status == ResidenceStatus.ASYLUM_SEEKER) {
            LocalDate decided = arrival.plusDays(draw.between(150, 450));
            decision = decided.isAfter(opened.plusDays(20)) ? decided : opened.plusDays(20);
        }
    }

    LocalDate validUntil() {
        return validUntil;
    }

    /** Days between arrival and the case's opening, as people with that status usually have behind them. */
    static int daysSinceArrival(Draw draw, ResidenceStatus status, Origin origin) {
        return switch (status) {
            case TOLERATED -> draw.between(365, 2190);
            case SETTLEMENT_PERMIT -> draw.between(1825, 3300);
            case TEMPORARY_PROTECTION -> draw.chance(0.6) ? draw.between(900, 1400) : draw.between(30, 700);
            case ASYLUM_SEEKER -> draw.between(14, 400);
            case RECOGNISED_REFUGEE, SUBSIDIARY_PROTECTION -> draw.between(150, 900);
            default -> origin.fromEu() ? draw.between(30, 1500) : draw.between(30, 900);
        };
    }

    /** Months a permit runs; a subsidiary protection runs one year first, then two. */
    private static int months(ResidenceStatus status, boolean first) {
        return switch (status) {
            case ASYLUM_SEEKER -> 6;
            case TOLERATED -> 3;
            case SUBSIDIARY_PROTECTION -> first ? 12 : 24;
            case RECOGNISED_REFUGEE -> 36;
            case TEMPORARY_PROTECTION, OTHER_RESIDENCE_PERMIT -> 24;
            default -> 0;
        };
    }

    /** Renewals a few weeks before expiry, asylum decisions; now and then a renewal is not made in time. */
    void renewals(Timeline timeline, int members, Authorities authorities) {
        boolean lapsed = false;
        for (int guard = 0; guard < 40; guard++) {
            if (decision != null && !timeline.within(decision)) {
                decision = null;
            }
            LocalDate renewOn = lapsed || validUntil == null ? null : validUntil.minusDays(draw.between(7, 45));
            if (renewOn != null && renewOn.isBefore(timeline.opened.plusDays(1))) {
                renewOn = timeline.opened.plusDays(1);
            }
            boolean renewalDue = renewOn != null && timeline.within(renewOn);
            if (decision != null && (!renewalDue || !decision.isAfter(renewOn))) {
                status = draw.weighted(Draw.weights(ResidenceStatus.RECOGNISED_REFUGEE, 45,
                        ResidenceStatus.SUBSIDIARY_PROTECTION, 30, ResidenceStatus.TOLERATED, 25));
                validUntil = decision.plusMonths(months(status, true));
                timeline.add(change(timeline.moment(decision), members));
                if (status != ResidenceStatus.TOLERATED) {
                    authorities.toJobcenter(decision);
                }
                decision = null;
                lapsed = false;
                continue;
            }
            if (!renewalDue || draw.chance(0.06)) {
                if (decision == null) {
                    return;
                }
                lapsed = true;
                continue;
            }
            validUntil = validUntil.plusMonths(months(status, false));
            timeline.add(change(timeline.moment(renewOn), members));
        }
    }

    private Step.Update change(OffsetDateTime at, int members) {
        List<Step.MemberChange> changes = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            changes.add(new Step.MemberChange(i, status, validUntil, null));
        }
        return new Step.Update(at, null, null, null, false, null, changes);
    }
}
