package de.kim.cases.demo;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

import de.kim.cases.demo.PlannedHousehold.Staff;
import de.kim.cases.demo.ReferenceData.Offer;
import de.kim.cases.demo.ReferenceData.Place;
import de.kim.cases.demo.ReferenceData.Town;
import de.kim.cases.reference.domain.MunicipalityReplica;
import de.kim.cases.reference.domain.OfferReplica;
import de.kim.cases.reference.domain.PlaceReplica;
import de.kim.cases.reference.domain.ProviderReplica;
import de.kim.cases.reference.domain.StaffReplica;

/** Reads the district from the case-service's replicas, and how much of a demo caseload is there already. */
@ApplicationScoped
class DemoReferences {

    private final EntityManager entityManager;

    DemoReferences(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    ReferenceData load() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Town> towns = MunicipalityReplica.<MunicipalityReplica>list("deleted = false order by ags, id")
                    .stream().map(m -> new Town(m.id, m.ags, m.name, m.subregion)).toList();
            List<Offer> offers = OfferReplica.<OfferReplica>list("deleted = false and active = true order by title, id")
                    .stream().map(this::offer).filter(Objects::nonNull).toList();
            Map<String, List<Staff>> caseManagers = StaffReplica
                    .<StaffReplica>list("deleted = false and role = 'CASE_MANAGER' order by subject").stream()
                    .filter(s -> s.subject != null && s.subregion != null)
                    .map(s -> new Staff(s.subject, s.displayName, s.subregion))
                    .collect(Collectors.groupingBy(Staff::subregion, TreeMap::new, Collectors.toList()));
            return new ReferenceData(towns, places(PlaceReplica.Kind.QUARTER), places(PlaceReplica.Kind.ACCOMMODATION),
                    offers, caseManagers);
        });
    }

    /** The highest number of a demo household already written: generation goes on after it. */
    int highestNumberWritten() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                select coalesce(max(cast(substring(text from '^Demo-Fall Nr\\. ([0-9]+) ') as integer)), 0)
                  from case_note where text like ?1
                """).setParameter(1, DemoTexts.MARKER_PREFIX + "%").getSingleResult()).intValue());
    }

    private List<Place> places(PlaceReplica.Kind kind) {
        return PlaceReplica.<PlaceReplica>list("deleted = false and kind = ?1 order by name, id", kind).stream()
                .map(p -> new Place(p.id, p.municipalityId, p.name)).toList();
    }

    private Offer offer(OfferReplica offer) {
        ProviderReplica provider = offer.providerId == null ? null : ProviderReplica.findById(offer.providerId);
        return provider == null || provider.deleted ? null : new Offer(offer.id, offer.title, provider.code);
    }
}
