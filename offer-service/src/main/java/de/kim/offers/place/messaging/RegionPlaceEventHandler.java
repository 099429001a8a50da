package de.kim.offers.place.messaging;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import de.kim.offers.place.domain.RegionPlace.Kind;
import de.kim.offers.place.service.RegionPlaces;
import de.kim.platform.events.cloudevents.CloudEvent;
import de.kim.platform.events.contract.Topic;
import de.kim.platform.events.contract.regions.ContactPointState;
import de.kim.platform.events.contract.regions.MunicipalityState;
import de.kim.platform.events.contract.regions.QuarterState;
import de.kim.platform.events.contract.regions.RegionEvents;
import de.kim.platform.events.contract.regions.SubregionState;
import de.kim.platform.events.inbox.EventHandler;

/** Builds the place replica from kim.regions.v1; the other reference types are not needed here. */
@ApplicationScoped
public class RegionPlaceEventHandler implements EventHandler {

    private final RegionPlaces places;
    private final ObjectMapper json;

    RegionPlaceEventHandler(RegionPlaces places, ObjectMapper json) {
        this.places = places;
        this.json = json;
    }

    /**
     * The second consumer group of this replica: a new group reads the compacted topic from its start, which gave the
     * contact points replicated before addresses were kept their address (see V7__region_place_address.sql).
     */
    @Override
    public String consumerName() {
        return "offer-service.region-places.v2";
    }

    @Override
    public Topic topic() {
        return Topic.REGIONS;
    }

    @Override
    public void handle(CloudEvent event) {
        Kind kind = kindOf(event.type());
        if (kind == null) {
            return;
        }
        UUID id = event.subjectId();
        long version = event.aggregateVersion();
        if (event.isTombstone()) {
            places.removeIfNewer(id, kind, version);
            return;
        }
        switch (kind) {
            case SUBREGION -> {
                SubregionState s = event.dataAs(RegionEvents.SUBREGION, json);
                places.applyIfNewer(id, kind, s.name(), null, null, s.code(), null, version);
            }
            case MUNICIPALITY -> {
                MunicipalityState m = event.dataAs(RegionEvents.MUNICIPALITY, json);
                places.applyIfNewer(id, kind, m.name(), id, null, m.subregion(), null, version);
            }
            case QUARTER -> {
                QuarterState q = event.dataAs(RegionEvents.QUARTER, json);
                places.applyIfNewer(id, kind, q.name(), q.municipalityId(), id, null, null, version);
            }
            case CONTACT_POINT -> {
                ContactPointState c = event.dataAs(RegionEvents.CONTACT_POINT, json);
                places.applyIfNewer(id, kind, c.name(), c.municipalityId(), c.quarterId(), null, c.address(),
                        version);
            }
        }
    }

    private static Kind kindOf(String type) {
        if (RegionEvents.SUBREGION.type().equals(type)) {
            return Kind.SUBREGION;
        }
        if (RegionEvents.MUNICIPALITY.type().equals(type)) {
            return Kind.MUNICIPALITY;
        }
        if (RegionEvents.QUARTER.type().equals(type)) {
            return Kind.QUARTER;
        }
        if (RegionEvents.CONTACT_POINT.type().equals(type)) {
            return Kind.CONTACT_POINT;
        }
        return null;
    }
}
