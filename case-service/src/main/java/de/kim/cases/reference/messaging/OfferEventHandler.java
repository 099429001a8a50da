package de.kim.cases.reference.messaging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import de.kim.cases.reference.service.Replicas;
import de.kim.platform.events.cloudevents.CloudEvent;
import de.kim.platform.events.contract.Topic;
import de.kim.platform.events.contract.offers.OfferEvents;
import de.kim.platform.events.contract.offers.OfferState;
import de.kim.platform.events.contract.offers.ProviderState;
import de.kim.platform.events.inbox.EventHandler;
import de.kim.platform.events.inbox.PoisonEventException;

/** Keeps the offers a referral may name and their providers' codes, from kim.offers.v1. */
@ApplicationScoped
public class OfferEventHandler implements EventHandler {

    private final Replicas replicas;
    private final ObjectMapper json;

    OfferEventHandler(Replicas replicas, ObjectMapper json) {
        this.replicas = replicas;
        this.json = json;
    }

    @Override
    public String consumerName() {
        return "case-service.offers";
    }

    @Override
    public Topic topic() {
        return Topic.OFFERS;
    }

    @Override
    public void handle(CloudEvent event) {
        boolean offer = OfferEvents.OFFER.type().equals(event.type());
        if (!offer && !OfferEvents.PROVIDER.type().equals(event.type())) {
            return;
        }
        UUID id = event.subjectId();
        String table = offer ? "offer_replica" : "provider_replica";
        if (event.isTombstone()) {
            replicas.removeIfNewer(table, id, event.aggregateVersion(), Map.of(),
                    offer ? List.of("title", "provider_id") : List.of("code"));
            return;
        }
        Map<String, Object> columns = new HashMap<>();
        if (offer) {
            OfferState state = event.dataAs(OfferEvents.OFFER, json);
            if (state.providerId() == null || state.title() == null) {
                throw new PoisonEventException("offer event " + event.id() + " is incomplete");
            }
            columns.put("title", state.title());
            columns.put("provider_id", state.providerId());
            columns.put("active", "ACTIVE".equals(state.status()));
        } else {
            ProviderState state = event.dataAs(OfferEvents.PROVIDER, json);
            if (state.code() == null) {
                throw new PoisonEventException("provider event " + event.id() + " has no code");
            }
            columns.put("code", state.code());
        }
        replicas.applyIfNewer(table, id, event.aggregateVersion(), columns);
    }
}
