package de.kim.regions.monitoring.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import com.fasterxml.jackson.databind.ObjectMapper;

import de.kim.platform.events.cloudevents.CloudEvent;
import de.kim.platform.events.contract.facts.CaseFacts;
import de.kim.platform.events.contract.facts.CaseFactsEvents;
import de.kim.platform.events.contract.offers.OfferEvents;
import de.kim.platform.events.contract.offers.OfferState;
import de.kim.platform.events.inbox.PoisonEventException;

/**
 * Turns case facts and offer events into counts. The live consumers and the rebuild both apply events through here, so a
 * rebuild can only ever produce what the live consumers would have.
 */
@ApplicationScoped
public class MonitoringProjection {

    private final FactLedger ledger;
    private final EntityManager entityManager;
    private final ObjectMapper json;

    MonitoringProjection(FactLedger ledger, EntityManager entityManager, ObjectMapper json) {
        this.ledger = ledger;
        this.entityManager = entityManager;
        this.json = json;
    }

    /**
     * A case's facts replace what it counted before; a tombstone (anonymised case) keeps its counts. The subject is
     * the case's pseudonym, never its id. An event that can never be counted is poison: it leaves the caller's
     * transaction intact, so a rebuild can skip it.
     */
    @Transactional(value = TxType.MANDATORY, dontRollbackOn = PoisonEventException.class)
    public void applyCase(CloudEvent event) {
        if (!CaseFactsEvents.FACTS.type().equals(event.type())) {
            return;
        }
        if (event.subject() == null || event.subject().isBlank()) {
            throw new PoisonEventException("case facts " + event.id() + " name no case");
        }
        String key = ledger.sourceKey("case", event.subject());
        if (event.isTombstone()) {
            ledger.forget(key, event.aggregateVersion());
            return;
        }
        CaseFacts facts = event.dataAs(CaseFactsEvents.FACTS, json);
        if (!FactsOfCase.countable(facts)) {
            throw new PoisonEventException("case facts " + event.id() + " are incomplete");
        }
        ledger.replace(key, event.aggregateVersion(), FactsOfCase.of(facts));
    }

    /** Keeps the offers' category, status and place, for gaps and course participation. */
    @Transactional(value = TxType.MANDATORY, dontRollbackOn = PoisonEventException.class)
    public void applyOffer(CloudEvent event) {
        if (!OfferEvents.OFFER.type().equals(event.type())) {
            return;
        }
        UUID id = event.subjectId();
        if (event.isTombstone()) {
            entityManager.createNativeQuery("delete from monitoring_offer where offer_id = ?1 and version < ?2")
                    .setParameter(1, id).setParameter(2, event.aggregateVersion()).executeUpdate();
            return;
        }
        OfferState offer = event.dataAs(OfferEvents.OFFER, json);
        if (!id.equals(offer.id()) || offer.providerId() == null || offer.category() == null
                || offer.status() == null) {
            throw new PoisonEventException("offer event " + event.id() + " is incomplete");
        }
        OfferState.Place place = offer.place();
        entityManager.createNativeQuery("""
                insert into monitoring_offer (offer_id, version, provider_id, category, status, municipality_id,
                                              quarter_id, capacity)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                on conflict (offer_id) do update set version = excluded.version, provider_id = excluded.provider_id,
                       category = excluded.category, status = excluded.status,
                       municipality_id = excluded.municipality_id, quarter_id = excluded.quarter_id,
                       capacity = excluded.capacity
                 where monitoring_offer.version < excluded.version
                """).setParameter(1, id).setParameter(2, event.aggregateVersion()).setParameter(3, offer.providerId())
                .setParameter(4, offer.category()).setParameter(5, offer.status())
                .setParameter(6, place == null ? null : place.municipalityId())
                .setParameter(7, place == null ? null : place.quarterId()).setParameter(8, offer.capacity())
                .executeUpdate();
    }
}
