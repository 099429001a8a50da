package de.kim.regions;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

/** Every reference of the region-service's tables leads an index, or says why nothing looks rows up by it. */
@QuarkusTest
class IndexedLookupsTest extends de.kim.localinfra.database.IndexedLookupsTest {

    private static final String COUNT_DIMENSION = "a dimension of a count, summed within measure, sub-region and month (their index)";
    private static final String OFFER_DIMENSION = "one row per offer, read whole for the gap analysis and joined by offer_id (the primary key)";

    @Override
    protected Map<String, String> neverLookedUpBy() {
        return Map.ofEntries(
                Map.entry("monitoring_count.municipality_id", COUNT_DIMENSION),
                Map.entry("monitoring_count.quarter_id", COUNT_DIMENSION),
                Map.entry("monitoring_count.accommodation_id", COUNT_DIMENSION),
                Map.entry("monitoring_count.offer_id", COUNT_DIMENSION),
                Map.entry("monitoring_kept_count.municipality_id", COUNT_DIMENSION),
                Map.entry("monitoring_kept_count.quarter_id", COUNT_DIMENSION),
                Map.entry("monitoring_kept_count.accommodation_id", COUNT_DIMENSION),
                Map.entry("monitoring_kept_count.offer_id", COUNT_DIMENSION),
                Map.entry("monitoring_offer.municipality_id", OFFER_DIMENSION),
                Map.entry("monitoring_offer.quarter_id", OFFER_DIMENSION),
                Map.entry("monitoring_offer.provider_id", OFFER_DIMENSION),
                Map.entry("event_outbox.aggregate_id",
                        "asked for with aggregate_type, which leads the index event_outbox_aggregate"),
                Map.entry("processed_event.event_id", "asked for with its consumer, which leads the primary key"));
    }
}
