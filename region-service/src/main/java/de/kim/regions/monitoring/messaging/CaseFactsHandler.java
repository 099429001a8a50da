package de.kim.regions.monitoring.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import de.kim.platform.events.cloudevents.CloudEvent;
import de.kim.platform.events.contract.Topic;
import de.kim.platform.events.inbox.EventHandler;
import de.kim.regions.monitoring.service.MonitoringProjection;

/**
 * Counts cases, their needs, members, authorities and referrals from kim.case-facts.v1, which holds what the
 * statistics need and no more; the full cases (kim.cases.v1) are the case-service's alone.
 */
@ApplicationScoped
public class CaseFactsHandler implements EventHandler {

    private final MonitoringProjection projection;

    CaseFactsHandler(MonitoringProjection projection) {
        this.projection = projection;
    }

    @Override
    public String consumerName() {
        return "region-service.monitoring-case-facts";
    }

    @Override
    public Topic topic() {
        return Topic.CASE_FACTS;
    }

    @Override
    public void handle(CloudEvent event) {
        projection.applyCase(event);
    }
}
