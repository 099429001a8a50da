package de.kim.cases.referral.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import de.kim.cases.referral.service.Referrals;
import de.kim.platform.events.cloudevents.CloudEvent;
import de.kim.platform.events.contract.Topic;
import de.kim.platform.events.contract.referrals.ReferralEvents;
import de.kim.platform.events.contract.referrals.ReferralStatus;
import de.kim.platform.events.inbox.EventHandler;
import de.kim.platform.events.inbox.PoisonEventException;

/** The providers' answers to our referrals, from kim.referrals.v1; the requests on the topic are our own. */
@ApplicationScoped
public class ReferralStatusHandler implements EventHandler {

    private static final Set<String> STATUSES = Set.of("ACCEPTED", "WAITLISTED", "DECLINED", "STARTED", "COMPLETED",
            "DROPPED_OUT");

    private final Referrals referrals;
    private final ObjectMapper json;

    ReferralStatusHandler(Referrals referrals, ObjectMapper json) {
        this.referrals = referrals;
        this.json = json;
    }

    @Override
    public String consumerName() {
        return "case-service.referral-answers";
    }

    @Override
    public Topic topic() {
        return Topic.REFERRALS;
    }

    @Override
    public void handle(CloudEvent event) {
        if (!ReferralEvents.STATUS.type().equals(event.type())) {
            return;
        }
        ReferralStatus status = event.dataAs(ReferralEvents.STATUS, json);
        if (status.referralId() == null || !status.referralId().toString().equals(event.subject())
                || !STATUSES.contains(status.status())) {
            throw new PoisonEventException("referral answer " + event.id() + " is incomplete or unknown");
        }
        referrals.answer(status, event.aggregateVersion());
    }
}
