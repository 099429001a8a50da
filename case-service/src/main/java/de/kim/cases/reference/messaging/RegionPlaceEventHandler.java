package de.kim.cases.reference.messaging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import de.kim.cases.reference.domain.PlaceReplica.Kind;
import de.kim.cases.reference.service.Replicas;
import de.kim.platform.events.cloudevents.CloudEvent;
import de.kim.platform.events.contract.Topic;
import de.kim.platform.events.contract.regions.AccommodationState;
import de.kim.platform.events.contract.regions.QuarterState;
import de.kim.platform.events.contract.regions.RegionEvents;
import de.kim.platform.events.inbox.EventHandler;
import de.kim.platform.events.inbox.PoisonEventException;

/** Keeps the quarters and accommodations a case may name, from kim.regions.v1. */
@ApplicationScoped
public class RegionPlaceEventHandler implements EventHandler {

    private final Replicas replicas;
    private final ObjectMapper json;

    RegionPlaceEventHandler(Replicas replicas, ObjectMapper json) {
        this.replicas = replicas;
        this.json = json;
    }

    @Override
    public String consumerName() {
        return "case-service.places";
    }

    @Override
    public Topic topic() {
        return Topic.REGIONS;
    }

    @Override
    public void handle(CloudEvent event) {
        Kind kind = RegionEvents.QUARTER.type().equals(event.type())
                ? Kind.QUARTER
                : RegionEvents.ACCOMMODATION.type().equals(event.type()) ? Kind.ACCOMMODATION : null;
        if (kind == null) {
            return;
        }
        UUID id = event.subjectId();
        if (event.isTombstone()) {
            replicas.removeIfNewer("place_replica", id, event.aggregateVersion(), Map.of("kind", kind.name()),
                    List.of("municipality_id", "name"));
            return;
        }
        UUID municipalityId;
        String name;
        if (kind == Kind.QUARTER) {
            QuarterState quarter = event.dataAs(RegionEvents.QUARTER, json);
            municipalityId = quarter.municipalityId();
            name = quarter.name();
        } else {
            AccommodationState accommodation = event.dataAs(RegionEvents.ACCOMMODATION, json);
            municipalityId = accommodation.municipalityId();
            name = accommodation.name();
        }
        if (municipalityId == null || name == null) {
            throw new PoisonEventException("place event " + event.id() + " is incomplete");
        }
        Map<String, Object> columns = new HashMap<>();
        columns.put("kind", kind.name());
        columns.put("municipality_id", municipalityId);
        columns.put("name", name);
        replicas.applyIfNewer("place_replica", id, event.aggregateVersion(), columns);
    }
}
