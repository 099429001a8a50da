package de.kim.regions.monitoring;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.kim.platform.events.cloudevents.CloudEvent;
import de.kim.platform.events.cloudevents.KafkaBinding;
import de.kim.platform.events.contract.Topic;
import de.kim.platform.events.contract.cases.CaseState;
import de.kim.platform.events.contract.facts.CaseFacts;
import de.kim.platform.events.contract.facts.CaseFactsEvents;
import de.kim.platform.events.contract.offers.OfferEvents;
import de.kim.platform.events.contract.offers.OfferState;
import de.kim.platform.vocabulary.Gender;

/** Case facts and offer events as the case-service and offer-service publish them, for the monitoring's tests. */
final class MonitoringEvents {

    private MonitoringEvents() {
    }

    /** A case with the parts monitoring reads; everything else empty. */
    static CaseState caseState(UUID id, String subregion, UUID municipality, UUID quarter, UUID accommodation,
            OffsetDateTime openedAt, List<CaseState.PhaseStep> phases, List<CaseState.Member> members,
            List<CaseState.Participation> participations, List<CaseState.Need> needs,
            List<CaseState.Referral> referrals) {
        String phase = phases.get(phases.size() - 1).phase();
        return new CaseState(id, "KIM-TEST-" + id.toString().substring(0, 8), subregion, municipality, quarter,
                accommodation, phase, "CLOSED".equals(phase) ? "Ziele erreicht" : null, "cm-test", "NORMAL", null,
                openedAt, null, members, participations, List.of(), null, needs, List.of(), List.of(), List.of(),
                referrals, phases);
    }

    static CaseState.Member member(Gender gender, LocalDate birthDate) {
        return new CaseState.Member(UUID.randomUUID(), "Test", "Person", birthDate, gender, "SY", List.of(), null,
                null, null);
    }

    /**
     * The facts of a case state on kim.case-facts.v1, as the case-service publishes them (counted as of the event's
     * day), under the case's stand-in pseudonym.
     */
    static ProducerRecord<String, byte[]> caseEvent(CaseState state, long version, OffsetDateTime time,
            ObjectMapper json) {
        return record(Topic.CASE_FACTS, UUID.randomUUID().toString(), CaseFactsEvents.FACTS.type(),
                pseudonym(state.id()), version, time, CaseFacts.of(state, CaseFacts.day(time)), json);
    }

    /** Stands in for the case-service's keyed hash of the case id, which only that service can compute. */
    static String pseudonym(UUID caseId) {
        return "case-" + caseId.toString().replace("-", "");
    }

    /** The same event once more, as a redelivery would bring it. */
    static ProducerRecord<String, byte[]> again(ProducerRecord<String, byte[]> record) {
        return new ProducerRecord<>(record.topic(), null, record.key(), record.value(), record.headers());
    }

    static ProducerRecord<String, byte[]> offerEvent(UUID id, String category, String status, UUID municipality,
            long version, ObjectMapper json) {
        OfferState offer = new OfferState(id, UUID.randomUUID(), "Angebot " + category, "Test", null, category, null,
                List.of(), List.of(), List.of("de"), new OfferState.Place(municipality, null, null, null, null, null),
                List.of(), null, null, 12, null, null, null, status);
        return record(Topic.OFFERS, UUID.randomUUID().toString(), OfferEvents.OFFER.type(), id.toString(), version,
                OffsetDateTime.now(), offer, json);
    }

    private static ProducerRecord<String, byte[]> record(Topic topic, String eventId, String type, String subject,
            long version, OffsetDateTime time, Object data, ObjectMapper json) {
        try {
            return KafkaBinding.toRecord(topic.topicName(), new CloudEvent(eventId, "/kim/test", type,
                    subject, time, version, json.writeValueAsBytes(data)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
