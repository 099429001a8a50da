package de.kim.offers;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

/** Every reference of the offer-service's tables leads an index, or says why nothing looks rows up by it. */
@QuarkusTest
class IndexedLookupsTest extends de.kim.localinfra.database.IndexedLookupsTest {

    @Override
    protected Map<String, String> neverLookedUpBy() {
        return Map.of(
                "offer.contact_point_id", "read with its offer",
                "region_place.quarter_id", "a place's quarter, read with the place (places are read by their id)",
                "event_outbox.aggregate_id",
                "asked for with aggregate_type, which leads the index event_outbox_aggregate",
                "processed_event.event_id", "asked for with its consumer, which leads the primary key");
    }
}
