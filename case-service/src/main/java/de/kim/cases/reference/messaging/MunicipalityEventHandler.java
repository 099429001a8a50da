package de.kim.cases.reference.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import de.kim.cases.reference.service.MunicipalityReplicaService;
import de.kim.platform.events.cloudevents.CloudEvent;
import de.kim.platform.events.contract.Topic;
import de.kim.platform.events.contract.regions.MunicipalityState;
import de.kim.platform.events.contract.regions.RegionEvents;
import de.kim.platform.events.inbox.EventHandler;
import de.kim.platform.events.inbox.PoisonEventException;

/** Builds the municipality replica from kim.regions.v1; other reference types on the topic are skipped. */
@ApplicationScoped
public class MunicipalityEventHandler implements EventHandler {

    private final MunicipalityReplicaService replica;
    private final ObjectMapper json;

    MunicipalityEventHandler(MunicipalityReplicaService replica, ObjectMapper json) {
        this.replica = replica;
        this.json = json;
    }

    @Override
    public String consumerName() {
        return "case-service.municipalities";
    }

    @Override
    public Topic topic() {
        return Topic.REGIONS;
    }

    @Override
    public void handle(CloudEvent event) {
        if (!RegionEvents.MUNICIPALITY.type().equals(event.type())) {
            return;
        }
        if (event.isTombstone()) {
            replica.removeIfNewer(event.subjectId(), event.aggregateVersion());
            return;
        }
        MunicipalityState state = event.dataAs(RegionEvents.MUNICIPALITY, json);
        if (state.id() == null || !state.id().equals(event.subjectId()) || state.ags() == null
                || state.name() == null || state.subregion() == null) {
            throw new PoisonEventException(
                    "municipality event " + event.id() + " is incomplete or names another subject");
        }
        replica.applyIfNewer(state, event.aggregateVersion());
    }
}
