package de.kim.cases.demo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.kim.cases.demo.PlannedHousehold.Staff;

/**
 * The district as the case-service knows it from its replicas: what the demo caseload is spread over. Every list in a
 * fixed order, so that the same seed plans the same caseload.
 *
 * @param caseManagers
 *            per sub-region code, the case managers of the team directory (the demo users)
 */
record ReferenceData(List<Town> towns, List<Place> quarters, List<Place> accommodations, List<Offer> offers,
        Map<String, List<Staff>> caseManagers) {

    /** Changes whenever a replica gains or loses an entry: the reference data is complete once it stays the same. */
    String fingerprint() {
        return towns.size() + "/" + quarters.size() + "/" + accommodations.size() + "/" + offers.size() + "/"
                + caseManagers.values().stream().mapToInt(List::size).sum();
    }

    /** A municipality with its official key (AGS) and sub-region. */
    record Town(UUID id, String ags, String name, String subregion) {
    }

    /** A quarter or accommodation of a municipality. */
    record Place(UUID id, UUID municipalityId, String name) {
    }

    /** An active offer that takes referrals, with its provider's code. */
    record Offer(UUID id, String title, String providerCode) {
    }
}
