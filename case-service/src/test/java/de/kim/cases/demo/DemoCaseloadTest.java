package de.kim.cases.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import de.kim.cases.CaseFixtures;
import de.kim.cases.Staff;
import de.kim.cases.casefile.domain.CaseFile;
import de.kim.cases.casefile.service.CaseStates;
import de.kim.cases.reference.domain.MunicipalityReplica;
import de.kim.cases.reference.domain.OfferReplica;
import de.kim.cases.reference.domain.PlaceReplica;
import de.kim.cases.reference.domain.StaffReplica;
import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.localinfra.kafka.TopicProbe;
import de.kim.localinfra.oidc.TestTokens;
import de.kim.platform.events.contract.cases.CaseState;
import de.kim.platform.events.contract.offers.OfferEvents;
import de.kim.platform.events.contract.regions.AccommodationState;
import de.kim.platform.events.contract.regions.MunicipalityState;
import de.kim.platform.events.contract.regions.QuarterState;
import de.kim.platform.events.contract.regions.RegionEvents;
import de.kim.platform.events.contract.regions.TeamMemberState;
import de.kim.platform.security.Roles;

/**
 * The demo caseload of the local run, small: 30 households on the district of the demo data, written through the
 * services once the reference data has arrived, with a year of history behind them.
 */
@QuarkusTest
@TestProfile(DemoCaseloadTest.ThirtyHouseholds.class)
class DemoCaseloadTest {

    static final String FM_NORD = TestTokens.subject("fm.nord");
    static final String FM_SUED = TestTokens.subject("fm.sued");

    /**
     * The switch on, 30 households, the reference data taken as complete after 3 quiet seconds; more households move
     * than usual, so that hand-overs are among them.
     */
    public static class ThirtyHouseholds implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kim.demo.caseload.enabled", "true", "kim.demo.caseload.households", "30",
                    "kim.demo.caseload.seed", "11", "kim.demo.caseload.quiet-period", "PT3S",
                    "kim.demo.caseload.batch-size", "10", "kim.demo.caseload.hand-overs", "0.3");
        }
    }

    KafkaBroker broker;

    @Inject
    DemoCaseload caseload;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @BeforeEach
    void theDistrictArrivesAndTheCaseloadIsWritten() {
        if (caseload.progress().state() != DemoCaseload.State.DONE) {
            publishDistrict();
            await().atMost(Duration.ofMinutes(3)).until(() -> caseload.progress().state() == DemoCaseload.State.DONE);
        }
    }

    @Test
    void everyHouseholdIsWrittenThroughTheServices() {
        assertThat(caseload.progress()).isEqualTo(new DemoCaseload.Progress(DemoCaseload.State.DONE, 30, 30, 0));
        List<CaseState> cases = demoCases();
        assertThat(cases).hasSize(30);
        assertThat(cases).allSatisfy(c -> assertThat(c.members()).hasSizeBetween(1, 7));
        assertThat(cases.stream().flatMap(c -> c.members().stream()))
                .allSatisfy(m -> assertThat(m.lastName()).containsIgnoringCase("muster"));
        assertThat(cases.stream().map(CaseState::subregion)).contains("NORD", "MITTE", "SUED");
    }

    @Test
    void casesOpenOverTheYearAndMoveThroughThePhases() {
        List<CaseState> cases = demoCases();
        OffsetDateTime yearAgo = OffsetDateTime.now().minusDays(366);
        OffsetDateTime now = OffsetDateTime.now();
        assertThat(cases).allSatisfy(c -> {
            assertThat(c.openedAt()).isAfter(yearAgo).isBefore(now);
            assertThat(c.phaseHistory().get(0).since()).isEqualTo(c.openedAt());
            for (int i = 1; i < c.phaseHistory().size(); i++) {
                assertThat(c.phaseHistory().get(i).since()).isAfter(c.phaseHistory().get(i - 1).since());
            }
            if ("CLOSED".equals(c.phase())) {
                assertThat(c.closedReason()).isNotBlank();
            }
        });
        Set<YearMonth> months = cases.stream().map(c -> YearMonth.from(Timeline.day(c.openedAt())))
                .collect(Collectors.toSet());
        assertThat(months).hasSizeGreaterThanOrEqualTo(6);
        assertThat(cases.stream().map(CaseState::phase).distinct().count()).isGreaterThanOrEqualTo(3);
        assertThat(cases).anyMatch(c -> c.assessment() != null && !c.needs().isEmpty());
        assertThat(cases).anyMatch(c -> !c.participations().isEmpty() && !c.consents().isEmpty());
        assertThat(cases).anyMatch(c -> !c.goals().isEmpty() && !c.goals().get(0).measures().isEmpty());
    }

    @Test
    void theHistoryIsDatedWhenEachChangeHappened() {
        CaseState oldest = demoCases().stream().min((a, b) -> a.openedAt().compareTo(b.openedAt())).orElseThrow();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> history = CaseFixtures.caseManager(oldest.subregion())
                .queryParam("size", 100).get("/api/cases/" + oldest.id() + "/history").then().statusCode(200)
                .extract().as(List.class);
        assertThat(history).hasSizeGreaterThan(3);
        List<OffsetDateTime> moments = history.stream().map(e -> OffsetDateTime.parse((String) e.get("at")))
                .toList();
        assertThat(moments.get(moments.size() - 1)).isAtSameInstantAs(oldest.openedAt());
        assertThat(moments).allSatisfy(at -> assertThat(at).isBefore(OffsetDateTime.now().minusHours(12)));
        assertThat(moments).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void householdsThatMovedAreTakenOverByACaseManagerOfTheirNewSubregion() {
        @SuppressWarnings("unchecked")
        List<Object[]> handedOver = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                select c.number, c.subregion, c.case_manager, asked.actor, accepted.actor from case_file c
                  join case_history asked on asked.case_id = c.id and asked.action = 'TRANSFER_REQUESTED'
                  join case_history accepted on accepted.case_id = c.id and accepted.action = 'TRANSFER_ACCEPTED'
                """).getResultList());
        assertThat(handedOver).isNotEmpty().allSatisfy(row -> {
            assertThat((String) row[0]).doesNotContain("-" + row[1] + "-");
            assertThat(row[4]).isEqualTo(row[2]).isNotEqualTo(row[3]);
        });
    }

    @Test
    void everyVersionIsPublishedOnTheCaseTopic() {
        Map<String, Long> versions = demoFiles().stream()
                .collect(Collectors.toMap(c -> c.id.toString(), c -> c.version));
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            Map<String, Set<Long>> published = broker.probe()
                    .readAll("kim.cases.v1", Duration.ofSeconds(30)).stream()
                    .filter(r -> versions.containsKey(r.key()))
                    .collect(Collectors.groupingBy(r -> r.key(), Collectors.mapping(
                            r -> Long.parseLong(TopicProbe.header(r, "ce_aggregateversion")), Collectors.toSet())));
            return versions.entrySet().stream().allMatch(c -> published.getOrDefault(c.getKey(), Set.of())
                    .containsAll(LongStream.rangeClosed(0, c.getValue()).boxed().toList()));
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDemoCaseManagersFindFlaggedCasesOnTheirWorklists() {
        List<String> flags = List.of(FM_NORD, FM_SUED).stream().flatMap(subject -> worklist(subject).stream())
                .flatMap(item -> ((List<Map<String, Object>>) item.get("flags")).stream())
                .map(flag -> (String) flag.get("kind")).toList();
        System.out.println("worklist flags of the demo case managers: " + flags);
        assertThat(flags).isNotEmpty();
        long openNord = demoCases().stream().filter(c -> "NORD".equals(c.subregion()) && !"CLOSED".equals(c.phase()))
                .count();
        assertThat(worklist(FM_NORD)).hasSize((int) openNord);
    }

    @Test
    void theAuditLogNamesTheCaseManagerForEveryChange() {
        long entries = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from audit_event where actor = ?1").setParameter(1, FM_NORD)
                .getSingleResult()).longValue());
        long nordVersions = demoFiles().stream().filter(c -> "NORD".equals(c.subregion))
                .mapToLong(c -> c.version + 1).sum();
        assertThat(entries).isGreaterThanOrEqualTo(nordVersions / 2);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> worklist(String subject) {
        String subregion = subject.equals(FM_NORD) ? "NORD" : "SUED";
        String user = subject.equals(FM_NORD) ? "fm.nord" : "fm.sued";
        return Staff.as(user, Roles.CASE_MANAGER, Map.of("subregion", subregion)).queryParam("size", 100)
                .get("/api/cases/worklist").then().statusCode(200).extract().path("items");
    }

    private List<CaseFile> demoFiles() {
        return QuarkusTransaction.requiringNew().call(() -> CaseFile.<CaseFile>list(
                "select distinct n.caseFile from CaseNote n where n.text like ?1", DemoTexts.MARKER_PREFIX + "%"));
    }

    private List<CaseState> demoCases() {
        return QuarkusTransaction.requiringNew().call(() -> CaseFile.<CaseFile>list(
                "select distinct n.caseFile from CaseNote n where n.text like ?1", DemoTexts.MARKER_PREFIX + "%")
                .stream().map(CaseStates::of).toList());
    }

    /** The district of the demo data, as the region-service and the offer-service publish it. */
    private void publishDistrict() {
        ReferenceData district = KreisUnna.reference();
        district.towns().forEach(t -> publish(RegionEvents.MUNICIPALITY.type(), t.id(),
                new MunicipalityState(t.id(), t.ags(), t.name(), t.subregion())));
        district.quarters().forEach(q -> publish(RegionEvents.QUARTER.type(), q.id(),
                new QuarterState(q.id(), q.municipalityId(), q.name(), "DISTRICT_PART")));
        district.accommodations().forEach(a -> publish(RegionEvents.ACCOMMODATION.type(), a.id(),
                new AccommodationState(a.id(), a.name(), a.municipalityId(), null, null, 48, 41, "Stadt Lünen")));
        publish(RegionEvents.TEAM_MEMBER.type(), KreisUnna.id("fm.nord"), new TeamMemberState(KreisUnna.id("fm.nord"),
                FM_NORD, "Demo Fallmanagement Nord (fm.nord)", null, null, "NORD", "CASE_MANAGER"));
        publish(RegionEvents.TEAM_MEMBER.type(), KreisUnna.id("fm.sued"), new TeamMemberState(KreisUnna.id("fm.sued"),
                FM_SUED, "Demo Fallmanagement Süd (fm.sued)", null, null, "SUED", "CASE_MANAGER"));
        UUID provider = KreisUnna.id("vhs-luenen");
        CaseFixtures.publish(broker, "kim.offers.v1", OfferEvents.PROVIDER.type(), provider, 1,
                "{\"id\":\"" + provider + "\",\"name\":\"Volkshochschule Lünen\",\"code\":\"vhs-luenen\"}");
        district.offers().forEach(o -> CaseFixtures.publish(broker, "kim.offers.v1", OfferEvents.OFFER.type(), o.id(),
                1, "{\"id\":\"" + o.id() + "\",\"providerId\":\"" + provider + "\",\"title\":\"" + o.title()
                        + "\",\"status\":\"ACTIVE\"}"));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> MunicipalityReplica.count() >= 10 && PlaceReplica.count() >= 11
                        && OfferReplica.count() >= 9 && StaffReplica.count() >= 2));
    }

    private void publish(String type, UUID id, Object state) {
        try {
            CaseFixtures.publish(broker, "kim.regions.v1", type, id, 1, json.writeValueAsString(state));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
