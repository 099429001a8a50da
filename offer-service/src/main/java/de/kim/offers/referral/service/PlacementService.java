package de.kim.offers.referral.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.quarkus.panache.common.Sort;

import de.kim.offers.audit.ReferralAccess.Purpose;
import de.kim.offers.audit.ReferralAccessLog;
import de.kim.offers.offer.domain.Offer;
import de.kim.offers.offer.domain.OfferPlacesAdded;
import de.kim.offers.offer.domain.OfferStatus;
import de.kim.offers.referral.domain.Placement;
import de.kim.offers.referral.domain.PlacementStatus;
import de.kim.platform.api.Etags;
import de.kim.platform.events.contract.referrals.ReferralEvents;
import de.kim.platform.events.contract.referrals.ReferralRequested;
import de.kim.platform.events.contract.referrals.ReferralStatus;
import de.kim.platform.events.outbox.Outbox;
import de.kim.platform.problem.ApiProblem;

/**
 * Decides referrals and moves placements on. Every decision about an offer's places locks the offer
 * row first, so two instances deciding at once can never give away more places than there are.
 */
@ApplicationScoped
public class PlacementService {

    private final Outbox outbox;
    private final ReferralAccessLog accessLog;

    PlacementService(Outbox outbox, ReferralAccessLog accessLog) {
        this.outbox = outbox;
        this.accessLog = accessLog;
    }

    /** Accepts, waitlists or declines a new referral and publishes the answer. */
    @Transactional(TxType.MANDATORY)
    public void decide(ReferralRequested request) {
        if (Placement.findById(request.referralId()) != null) {
            return; // answered before (a re-sent request with a new event id)
        }
        Offer offer = Offer.findById(request.offerId(), LockModeType.PESSIMISTIC_WRITE);
        if (offer == null) {
            publish(new ReferralStatus(request.referralId(), request.offerId(), PlacementStatus.DECLINED.name(),
                    "no such offer", null, now()), 1);
            return;
        }
        Placement placement = new Placement();
        placement.referralId = request.referralId();
        placement.offer = offer;
        placement.caseReference = request.caseReference();
        placement.requestedAt = request.requestedAt() == null ? now() : request.requestedAt();
        placement.ageYears = request.ageYears();
        placement.gender = request.gender();
        placement.residenceStatus = request.residenceStatus();
        if (request.contact() != null) {
            placement.contactName = request.contact().name();
            placement.contactPhone = request.contact().phone();
            placement.contactEmail = request.contact().email();
        }
        placement.note = request.note();
        if (request.referredBy() != null) {
            placement.referredByName = request.referredBy().name();
            placement.referredByPhone = request.referredBy().phone();
            placement.referredByEmail = request.referredBy().email();
        }
        Optional<String> refusal = offer.status != OfferStatus.ACTIVE
                ? Optional.of("the offer is not active")
                : Eligibility.refusal(offer, request);
        if (refusal.isPresent()) {
            placement.status = PlacementStatus.DECLINED;
            placement.reason = refusal.get();
        } else {
            placement.status = hasFreePlace(offer) ? PlacementStatus.ACCEPTED : PlacementStatus.WAITLISTED;
        }
        placement.persistAndFlush();
        accessLog.recordByService("REFERRAL_DECIDED", placement.referralId, Purpose.EVENT_PROCESSING);
        publish(placement);
    }

    /**
     * The referral's case was anonymised after its retention period: the placement stays for the provider's figures
     * (offer, status, dates, gender) but loses everything that could point to the person; if it still held or awaited a
     * place, it drops out and the place goes to the waitlist.
     */
    @Transactional(TxType.MANDATORY)
    public void erase(UUID referralId) {
        Placement placement = Placement.findById(referralId);
        if (placement == null) {
            return;
        }
        Offer offer = Offer.findById(placement.offer.id, LockModeType.PESSIMISTIC_WRITE);
        boolean open = List.of(PlacementStatus.ACCEPTED, PlacementStatus.WAITLISTED, PlacementStatus.STARTED)
                .contains(placement.status);
        placement.ageYears = null;
        placement.residenceStatus = null;
        placement.contactName = null;
        placement.contactPhone = null;
        placement.contactEmail = null;
        placement.note = null;
        placement.reason = null;
        // Not the person's data, but the figures kept do not need it, and with offer and date it narrows who it was.
        placement.referredByName = null;
        placement.referredByPhone = null;
        placement.referredByEmail = null;
        accessLog.recordByService("REFERRAL_ERASED", referralId, Purpose.RETENTION);
        if (open) {
            // Nobody is behind it any more: its place goes to the next on the waitlist.
            placement.status = PlacementStatus.DROPPED_OUT;
            placement.reason = "case anonymised";
            placement.persistAndFlush();
            promoteWaitlist(offer);
        }
    }

    /** Runs in the offer change's transaction: the waitlist takes the new places before anyone else can. */
    @Transactional(TxType.MANDATORY)
    void onPlacesAdded(@Observes OfferPlacesAdded added) {
        promoteWaitlist(Offer.findById(added.offerId(), LockModeType.PESSIMISTIC_WRITE));
    }

    @Transactional
    public Placement start(UUID referralId, long expectedVersion) {
        return move(referralId, expectedVersion, PlacementStatus.STARTED, List.of(PlacementStatus.ACCEPTED));
    }

    @Transactional
    public Placement complete(UUID referralId, long expectedVersion) {
        return move(referralId, expectedVersion, PlacementStatus.COMPLETED, List.of(PlacementStatus.STARTED));
    }

    @Transactional
    public Placement dropOut(UUID referralId, long expectedVersion) {
        return move(referralId, expectedVersion, PlacementStatus.DROPPED_OUT,
                List.of(PlacementStatus.ACCEPTED, PlacementStatus.STARTED, PlacementStatus.WAITLISTED));
    }

    private Placement move(UUID referralId, long expectedVersion, PlacementStatus to, List<PlacementStatus> from) {
        Placement placement = Placement.findById(referralId);
        if (placement == null) {
            throw ApiProblem.notFound("No referral with this id.");
        }
        Offer offer = Offer.findById(placement.offer.id, LockModeType.PESSIMISTIC_WRITE);
        Etags.requireCurrent(expectedVersion, placement.version);
        if (!from.contains(placement.status)) {
            throw ApiProblem.conflict("A " + placement.status + " referral cannot become " + to + ".");
        }
        boolean freesPlace = placement.status.takesPlace() && !to.takesPlace();
        boolean leavesWaitlist = placement.status == PlacementStatus.WAITLISTED;
        placement.status = to;
        placement.persistAndFlush();
        accessLog.record("REFERRAL_" + to.name(), List.of(referralId));
        publish(placement);
        if (freesPlace || leavesWaitlist) {
            promoteWaitlist(offer);
        }
        return placement;
    }

    /** Fills free places from the waitlist in the order of the requests; republishes the new positions. */
    private void promoteWaitlist(Offer offer) {
        List<Placement> waitlist = Placement.list("offer = ?1 and status = ?2", Sort.by("requestedAt", "referralId"),
                offer, PlacementStatus.WAITLISTED);
        int promoted = 0;
        while (promoted < waitlist.size() && hasFreePlace(offer)) {
            Placement next = waitlist.get(promoted++);
            next.status = PlacementStatus.ACCEPTED;
            next.persistAndFlush();
            publish(next);
        }
        for (Placement waiting : waitlist.subList(promoted, waitlist.size())) {
            if (promoted > 0) {
                // Its position changed: a new state of the referral, so a new version.
                Placement.update("version = version + 1 where referralId = ?1", waiting.referralId);
                Placement.getEntityManager().refresh(waiting);
                publish(waiting);
            }
        }
    }

    private static boolean hasFreePlace(Offer offer) {
        if (offer.capacity == null) {
            return true;
        }
        long taken = Placement.count("offer = ?1 and status in ?2", offer,
                List.of(PlacementStatus.ACCEPTED, PlacementStatus.STARTED));
        return taken < offer.capacity;
    }

    /** 1 for the next to move up. */
    public static Integer waitlistPosition(Placement placement) {
        if (placement.status != PlacementStatus.WAITLISTED) {
            return null;
        }
        return (int) Placement.count(
                "offer = ?1 and status = ?2 and (requestedAt < ?3 or (requestedAt = ?3 and referralId < ?4))",
                placement.offer, PlacementStatus.WAITLISTED, placement.requestedAt, placement.referralId) + 1;
    }

    private void publish(Placement placement) {
        publish(new ReferralStatus(placement.referralId, placement.offer.id, placement.status.name(),
                placement.reason, waitlistPosition(placement), now()), placement.eventVersion());
    }

    private void publish(ReferralStatus status, long version) {
        outbox.append(ReferralEvents.STATUS, status.referralId().toString(), version, status);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
