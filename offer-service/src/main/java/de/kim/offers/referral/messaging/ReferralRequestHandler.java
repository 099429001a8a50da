package de.kim.offers.referral.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import de.kim.offers.referral.service.PlacementService;
import de.kim.platform.events.cloudevents.CloudEvent;
import de.kim.platform.events.contract.Topic;
import de.kim.platform.events.contract.referrals.ReferralEvents;
import de.kim.platform.events.contract.referrals.ReferralRequested;
import de.kim.platform.events.inbox.EventHandler;
import de.kim.platform.events.inbox.PoisonEventException;

/** Answers referral requests from kim.referrals.v1 and erases anonymised ones; the status events are our own. */
@ApplicationScoped
public class ReferralRequestHandler implements EventHandler {

    private final PlacementService placements;
    private final ObjectMapper json;

    ReferralRequestHandler(PlacementService placements, ObjectMapper json) {
        this.placements = placements;
        this.json = json;
    }

    @Override
    public String consumerName() {
        return "offer-service.referral-requests";
    }

    @Override
    public Topic topic() {
        return Topic.REFERRALS;
    }

    @Override
    public void handle(CloudEvent event) {
        if (ReferralEvents.ERASED.type().equals(event.type())) {
            placements.erase(event.subjectId());
            return;
        }
        if (!ReferralEvents.REQUESTED.type().equals(event.type())) {
            return;
        }
        ReferralRequested request = event.dataAs(ReferralEvents.REQUESTED, json);
        if (request.referralId() == null || !request.referralId().toString().equals(event.subject())
                || request.offerId() == null || request.caseReference() == null) {
            throw new PoisonEventException("referral request " + event.id() + " is incomplete");
        }
        placements.decide(request);
    }
}
