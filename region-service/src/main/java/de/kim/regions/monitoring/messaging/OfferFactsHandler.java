package de.kim.regions.monitoring.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import de.kim.platform.events.cloudevents.CloudEvent;
import de.kim.platform.events.contract.Topic;
import de.kim.platform.events.inbox.EventHandler;
import de.kim.regions.monitoring.service.MonitoringProjection;

/** Keeps the district's offers from kim.offers.v1: gaps per area and which referrals go to language courses. */
@ApplicationScoped
public class OfferFactsHandler implements EventHandler {

    private final MonitoringProjection projection;

    OfferFactsHandler(MonitoringProjection projection) {
        this.projection = projection;
    }

    @Override
    public String consumerName() {
        return "region-service.monitoring-offers";
    }

    @Override
    public Topic topic() {
        return Topic.OFFERS;
    }

    @Override
    public void handle(CloudEvent event) {
        projection.applyOffer(event);
    }
}
