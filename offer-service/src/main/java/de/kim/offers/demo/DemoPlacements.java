package de.kim.offers.demo;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.quarkus.security.identity.RunAsUser;

import de.kim.offers.referral.domain.Placement;
import de.kim.offers.referral.domain.PlacementStatus;
import de.kim.offers.referral.service.PlacementService;
import de.kim.platform.demo.DemoData;
import de.kim.platform.security.Roles;

/**
 * Plays the providers for the demo caseload of the local run, so that its courses are attended and the monitoring's
 * language-course participation has something to count: demo placements (and only they, known by the demo referral
 * note) start two weeks after the request, most end as completed after about a hundred days, some drop out, some
 * give up on a long waitlist. Which ones is a fixed share by referral id. Every move goes through the
 * {@link PlacementService} as a provider's would, so the answer reaches the case on kim.referrals.v1 and the access
 * log records the demo step as the actor.
 */
@ApplicationScoped
public class DemoPlacements {

    private static final Logger LOG = Logger.getLogger(DemoPlacements.class);

    private final DemoPlacementsConfig config;
    private final PlacementService placements;

    DemoPlacements(DemoPlacementsConfig config, PlacementService placements) {
        this.config = config;
        this.placements = placements;
    }

    /** A move of one placement, decided from a snapshot and applied with its version. */
    record Move(UUID referralId, long version, PlacementStatus to) {
    }

    @Scheduled(every = "${kim.demo.placements.every}", delayed = "${kim.demo.placements.every}", skipExecutionIf = Off.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @RunAsUser(user = "demo:placement-step", roles = Roles.PROVIDER_STAFF)
    void run() {
        List<Move> moves = QuarkusTransaction.requiringNew().call(() -> due(OffsetDateTime.now(ZoneOffset.UTC)));
        int[] moved = new int[PlacementStatus.values().length];
        for (Move move : moves) {
            try {
                switch (move.to()) {
                    case STARTED -> placements.start(move.referralId(), move.version());
                    case COMPLETED -> placements.complete(move.referralId(), move.version());
                    default -> placements.dropOut(move.referralId(), move.version());
                }
                moved[move.to().ordinal()]++;
            } catch (RuntimeException e) {
                // Changed since the snapshot (a place freed, a provider acted): the next run decides again.
                LOG.debugf("Demo placement %s not moved: %s", move.referralId(), e.getMessage());
            }
        }
        if (Arrays.stream(moved).sum() > 0) {
            LOG.infof("Demo placements: %d started, %d completed, %d dropped out", moved[PlacementStatus.STARTED
                    .ordinal()], moved[PlacementStatus.COMPLETED.ordinal()],
                    moved[PlacementStatus.DROPPED_OUT.ordinal()]);
        }
    }

    private List<Move> due(OffsetDateTime now) {
        List<Placement> open = Placement.<Placement>list("note = ?1 and status in ?2",
                Sort.by("requestedAt", "referralId"), DemoData.REFERRAL_NOTE,
                List.of(PlacementStatus.ACCEPTED, PlacementStatus.STARTED, PlacementStatus.WAITLISTED));
        return open.stream().map(placement -> move(placement, now)).filter(move -> move != null)
                .limit(config.batchSize()).toList();
    }

    /** What a provider would have done by now with a placement requested back then. */
    private Move move(Placement placement, OffsetDateTime now) {
        int share = (int) Math.floorMod(placement.referralId.getLeastSignificantBits(), 100L);
        PlacementStatus to = switch (placement.status) {
            case ACCEPTED -> due(placement, now, config.startsAfter().toDays())
                    ? share < 8 ? PlacementStatus.DROPPED_OUT : PlacementStatus.STARTED
                    : null;
            case STARTED -> due(placement, now, config.endsAfter().toDays())
                    ? share < 70 ? PlacementStatus.COMPLETED : share < 85 ? PlacementStatus.DROPPED_OUT : null
                    : null;
            case WAITLISTED -> due(placement, now, config.givesUpAfter().toDays()) && share < 30
                    ? PlacementStatus.DROPPED_OUT
                    : null;
            default -> null;
        };
        return to == null ? null : new Move(placement.referralId, placement.version, to);
    }

    private static boolean due(Placement placement, OffsetDateTime now, long days) {
        return placement.requestedAt != null && !placement.requestedAt.plusDays(days).isAfter(now);
    }

    /** Nothing to do unless the local run switched the demo on. */
    @Singleton
    static class Off implements Scheduled.SkipPredicate {

        private final DemoPlacementsConfig config;

        Off(DemoPlacementsConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.enabled();
        }
    }
}
