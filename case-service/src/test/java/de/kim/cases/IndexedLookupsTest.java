package de.kim.cases;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

/** Every reference of the case-service's tables leads an index, or says why nothing looks rows up by it. */
@QuarkusTest
class IndexedLookupsTest extends de.kim.localinfra.database.IndexedLookupsTest {

    private static final String WITH_ITS_CASE = "read with its case, which is looked up by case_id";

    @Override
    protected Map<String, String> neverLookedUpBy() {
        return Map.ofEntries(
                Map.entry("case_file.municipality_id", "a case's place, read with the case"),
                Map.entry("case_file.quarter_id", "a case's place, read with the case"),
                Map.entry("case_file.accommodation_id", "a case's place, read with the case"),
                Map.entry("case_file.transfer_to_municipality_id",
                        "read with the case; transfers are found by transfer_to_subregion"),
                Map.entry("case_goal.need_id", WITH_ITS_CASE),
                Map.entry("measure.conference_id", WITH_ITS_CASE),
                Map.entry("referral.member_id", WITH_ITS_CASE),
                Map.entry("referral.need_id", WITH_ITS_CASE),
                Map.entry("referral.offer_id", WITH_ITS_CASE + "; providers' answers find a referral by its id"),
                Map.entry("offer_replica.provider_id", "replicas are read by the offer's id"),
                Map.entry("place_replica.municipality_id", "places are read by their id"),
                Map.entry("event_outbox.aggregate_id",
                        "asked for with aggregate_type, which leads the index event_outbox_aggregate"),
                Map.entry("authority_view_note.note_id",
                        "a view's note is asked for with its case, which leads the primary key"),
                Map.entry("processed_event.event_id",
                        "asked for with its consumer, which leads the primary key"));
    }
}
