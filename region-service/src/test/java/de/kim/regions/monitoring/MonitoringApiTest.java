package de.kim.regions.monitoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.platform.events.contract.cases.CaseState;
import de.kim.platform.security.Roles;
import de.kim.platform.vocabulary.DataCategory;
import de.kim.platform.vocabulary.Gender;
import de.kim.regions.RegionApi;

/**
 * The monitoring API over cases published to the real broker: one municipality in SUED with three quarters whose
 * open cases are (ANKOMMEN, ORIENTIERUNG) = Q1 (3, 6), Q2 (7, 8), Q3 (9, 5): the 3 must not be published, nor be
 * recoverable.
 */
@QuarkusTest
class MonitoringApiTest {

    private static final String TABLES = "/api/monitoring/tables/";
    private static final long[][] OPEN = {{3, 6}, {7, 8}, {9, 5}};
    private static String municipality;
    private static List<String> quarters;
    private static UUID languageCourse;

    KafkaBroker broker;

    @Inject
    ObjectMapper json;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void publishCasesOnce() {
        if (municipality != null) {
            return;
        }
        String id = RegionApi.municipality("Monitoringen", "SUED");
        List<String> created = List.of(RegionApi.quarter(id, "Altstadt"), RegionApi.quarter(id, "Neustadt"),
                RegionApi.quarter(id, "Hafen"));
        UUID offer = UUID.randomUUID();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        records.add(MonitoringEvents.offerEvent(offer, "LANGUAGE_COURSE", "ACTIVE", UUID.fromString(id), 0, json));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int n = 0;
        for (int q = 0; q < 3; q++) {
            for (int p = 0; p < 2; p++) {
                for (int k = 0; k < OPEN[q][p]; k++, n++) {
                    records.add(MonitoringEvents.caseEvent(household(n, UUID.fromString(id),
                            UUID.fromString(created.get(q)), p == 0 ? "ANKOMMEN" : "ORIENTIERUNG", q == 1, offer,
                            now), 0, now, json));
                }
            }
        }
        broker.probe().sendAll(records);
        await().atMost(Duration.ofSeconds(30)).until(() -> openCasesCounted(UUID.fromString(id)) == 38);
        quarters = created;
        languageCourse = offer;
        municipality = id;
    }

    /**
     * Household n: one person, women for even n, all aged 30, all needing a language course (and in Neustadt also
     * health care; housing was needed and is met), all referred to the language course and started.
     */
    private static CaseState household(int n, UUID municipalityId, UUID quarter, String phase, boolean health,
            UUID offer, OffsetDateTime now) {
        CaseState.Member member = MonitoringEvents.member(n % 2 == 0 ? Gender.FEMALE : Gender.MALE,
                LocalDate.now().minusYears(30));
        List<CaseState.Need> needs = new ArrayList<>();
        needs.add(CaseState.Need.open(UUID.randomUUID(), "LANGUAGE_COURSE", DataCategory.EDUCATION_WORK, member.id(),
                true, null));
        if (health) {
            needs.add(CaseState.Need.open(UUID.randomUUID(), "HEALTH", DataCategory.HEALTH, member.id(), true, null));
        }
        // Met and closed by the case manager: counted nowhere.
        needs.add(new CaseState.Need(UUID.randomUUID(), "HOUSING", DataCategory.FINANCES, member.id(), false, null,
                LocalDate.now(), "MET", null));
        CaseState.Referral referral = new CaseState.Referral(UUID.randomUUID(), offer, "Deutschkurs", member.id(),
                null, DataCategory.EDUCATION_WORK, "STARTED", null, null, now, now, 1);
        return MonitoringEvents.caseState(UUID.randomUUID(), "SUED", municipalityId, quarter, null, now,
                List.of(new CaseState.PhaseStep(phase, now)), List.of(member), List.of(), needs, List.of(referral));
    }

    /** The true count behind the published ones, straight from the table. */
    private long openCasesCounted(UUID municipalityId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select coalesce(sum(count), 0) from monitoring_count"
                        + " where measure = 'OPEN_CASE' and municipality_id = ?")) {
            statement.setObject(1, municipalityId);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    @Test
    void suppressesACellOfThreeAndNoPublishedCombinationRevealsIt() {
        JsonPath table = openCasesByQuarter(RegionApi.as(Roles.ANALYST), "open-cases").then().statusCode(200)
                .extract().jsonPath();

        int altstadt = table.getList("rows.items.key").indexOf(quarters.get(0));
        int ankommen = table.getList("columns.items.key").indexOf("ANKOMMEN");
        assertThat(table.getBoolean("cells[" + altstadt + "][" + ankommen + "].suppressed")).isTrue();
        assertThat((Object) table.get("cells[" + altstadt + "][" + ankommen + "].value")).isNull();
        assertThat(table.getInt("threshold")).isEqualTo(5);
        DisclosureAttack attack = attackOn(table);
        assertThat(attack.reveals(altstadt, ankommen)).isFalse();
        for (List<Map<String, Object>> row : table.<List<Map<String, Object>>>getList("cells")) {
            for (Map<String, Object> cell : row) {
                Number value = (Number) cell.get("value");
                assertThat(value == null || value.longValue() == 0 || value.longValue() >= 5).isTrue();
            }
        }
    }

    @Test
    void publishesTheSameCountForTheSameCasesWhateverTheQuery() {
        JsonPath byPhase = openCasesByQuarter(RegionApi.as(Roles.ANALYST), "open-cases").jsonPath();
        JsonPath alone = RegionApi.as(Roles.ANALYST).queryParam("quarterId", quarters.get(2))
                .queryParam("rows", "quarter").queryParam("columns", "none").get(TABLES + "open-cases").jsonPath();

        long hafen = byPhase.getLong("rowTotals[" + byPhase.getList("rows.items.key").indexOf(quarters.get(2))
                + "].value");
        long again = alone.getLong("cells[" + alone.getList("rows.items.key").indexOf(quarters.get(2)) + "][0].value");
        assertThat(again).isEqualTo(hafen);
        assertThat(hafen).as("14 cases, moved by at most 2 by their cell key").isBetween(12L, 16L);
    }

    @Test
    void exportsTheSameSuppressedTableAsCsv() {
        String csv = openCasesByQuarter(RegionApi.as(Roles.ANALYST).accept("text/csv"), "open-cases.csv").then()
                .statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("kim-open-cases.csv")).extract().asString();

        assertThat(csv).startsWith("quarter,row_label,phase,column_label,value,suppressed\r\n");
        assertThat(csv).contains(quarters.get(0) + ",Altstadt,ANKOMMEN,ANKOMMEN,,true\r\n");
        assertThat(csv).containsPattern(quarters.get(2) + ",Hafen,ANKOMMEN,ANKOMMEN,(7|8|9|10|11),false\r\n");
        assertThat(csv).containsPattern("TOTAL,TOTAL,TOTAL,TOTAL,(36|37|38|39|40),false\r\n$");
    }

    @Test
    void showsLanguageCourseParticipationByGenderAndAgeBand() {
        JsonPath table = RegionApi.as(Roles.ANALYST).queryParam("municipalityId", municipality)
                .queryParam("rows", "gender").queryParam("columns", "age-band")
                .queryParam("offer-category", "LANGUAGE_COURSE", "INTEGRATION_COURSE", "LITERACY")
                .queryParam("status", "STARTED", "COMPLETED").get(TABLES + "referrals").then().statusCode(200)
                .extract().jsonPath();

        int women = table.getList("rows.items.key").indexOf("FEMALE");
        int men = table.getList("rows.items.key").indexOf("MALE");
        int band = table.getList("columns.items.key").indexOf("FROM_27_TO_44");
        assertThat(table.getLong("cells[" + women + "][" + band + "].value")).isBetween(17L, 21L);
        assertThat(table.getLong("cells[" + men + "][" + band + "].value")).isBetween(17L, 21L);
        assertThat(table.getString("period.to")).isEqualTo(YearMonth.now(ZoneId.of("Europe/Berlin")).toString());
    }

    @Test
    void findsNeedsWithoutAnOfferAsGaps() {
        JsonPath gaps = RegionApi.as(Roles.ANALYST).queryParam("rows", "quarter")
                .queryParam("municipalityId", municipality).get("/api/monitoring/gaps").then().statusCode(200)
                .extract().jsonPath();

        int neustadt = gaps.getList("needs.rows.items.key").indexOf(quarters.get(1));
        int language = gaps.getList("needs.columns.items.key").indexOf("LANGUAGE_COURSE");
        int health = gaps.getList("needs.columns.items.key").indexOf("HEALTH");
        assertThat(gaps.getLong("offers[" + neustadt + "][" + language + "]")).isEqualTo(1);
        assertThat(gaps.getBoolean("gaps[" + neustadt + "][" + language + "]")).isFalse();
        assertThat(gaps.getLong("needs.cells[" + neustadt + "][" + health + "].value")).isBetween(13L, 17L);
        int housing = gaps.getList("needs.columns.items.key").indexOf("HOUSING");
        assertThat(gaps.getLong("needs.cells[" + neustadt + "][" + housing + "].value"))
                .as("closed needs count nowhere")
                .isZero();
        assertThat(gaps.getBoolean("gaps[" + neustadt + "][" + health + "]")).isTrue();
    }

    @Test
    void reportsTheProgrammeFiguresOfASubregion() {
        String month = YearMonth.now(ZoneId.of("Europe/Berlin")).toString();
        JsonPath report = RegionApi.as(Roles.ANALYST).queryParam("subregion", "SUED").queryParam("from", month)
                .queryParam("to", month).get("/api/monitoring/reports/programme").then().statusCode(200).extract()
                .jsonPath();

        assertThat(report.getString("subregion.key")).isEqualTo("SUED");
        assertThat(report.getLong("opened.value")).isGreaterThanOrEqualTo(36);
        assertThat(report.getLong("active.value")).isGreaterThanOrEqualTo(36);
        assertThat(report.getList("referrals.rows.items.key")).contains("LANGUAGE_COURSE");
        assertThat(report.getInt("gaps.gapCount")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void letsAnalystsAdminsAndTheSubregionsCoordinatorRead() {
        RegionApi.as(Roles.ANALYST).get(TABLES + "open-cases").then().statusCode(200);
        RegionApi.admin().get(TABLES + "open-cases").then().statusCode(200);
        Object total = RegionApi.as(Roles.ANALYST).queryParam("municipalityId", municipality)
                .get(TABLES + "open-cases").jsonPath().get("total.value");
        RegionApi.asCoordinatorOf("SUED").queryParam("municipalityId", municipality).get(TABLES + "open-cases")
                .then().statusCode(200).body("total.value", equalTo(total));
        RegionApi.as(Roles.ANALYST).get("/api/monitoring/indicators").then().statusCode(200)
                .body("indicator", hasItem("referrals"));
    }

    @Test
    void limitsCoordinatorsToTheirOwnSubregion() {
        RegionApi.asCoordinatorOf("NORD").queryParam("subregion", "SUED").get(TABLES + "open-cases").then()
                .statusCode(403).contentType("application/problem+json");
        RegionApi.asCoordinatorOf("NORD").queryParam("municipalityId", municipality).get(TABLES + "open-cases")
                .then().statusCode(200).body("total.value", equalTo(0));
        RegionApi.asCoordinatorOf("NORD").queryParam("subregion", "SUED").get("/api/monitoring/reports/programme")
                .then().statusCode(403);
    }

    @Test
    void refusesEveryOtherRoleAndAnonymousCallers() {
        for (String role : List.of(Roles.CASE_MANAGER, Roles.AUTHORITY_STAFF, Roles.PROVIDER_STAFF, Roles.DPO,
                Roles.AGENCY_SYSTEM)) {
            RegionApi.as(role).get(TABLES + "open-cases").then().statusCode(403);
            RegionApi.as(role).get(TABLES + "open-cases.csv").then().statusCode(403);
            RegionApi.as(role).get("/api/monitoring/gaps").then().statusCode(403);
        }
        given().get(TABLES + "open-cases").then().statusCode(401);
        given().get("/api/monitoring/reports/programme").then().statusCode(401);
    }

    @Test
    void letsOnlyAdminsRebuild() {
        RegionApi.as(Roles.ANALYST).post("/api/monitoring/rebuild").then().statusCode(403);
        RegionApi.asCoordinatorOf("SUED").post("/api/monitoring/rebuild").then().statusCode(403);
        given().post("/api/monitoring/rebuild").then().statusCode(401);
    }

    @Test
    void rejectsQueriesItCannotAnswer() {
        RegionApi.as(Roles.ANALYST).get(TABLES + "salaries").then().statusCode(404)
                .contentType("application/problem+json");
        invalid(Map.of("rows", "shoe-size"), "open-cases", "rows");
        invalid(Map.of("rows", "month"), "open-cases", "rows");
        invalid(Map.of("from", "2026-01"), "open-cases", "from");
        invalid(Map.of("rows", "phase", "columns", "phase"), "phases-reached", "columns");
        invalid(Map.of("from", "2026-13"), "cases-opened", "from");
        invalid(Map.of("from", "2026-06", "to", "2026-01"), "cases-opened", "from");
        invalid(Map.of("from", "2000-01", "to", "2026-01"), "cases-opened", "from");
        invalid(Map.of("from", "0000-01"), "cases-opened", "from");
        invalid(Map.of("to", "+999999999-12"), "cases-opened", "to");
        invalid(Map.of("status", "STARTED"), "open-cases", "status");
        invalid(Map.of("status", "'; drop table monitoring_count; --"), "referrals", "status");
        RegionApi.as(Roles.ANALYST).queryParam("rows", "accommodation").get("/api/monitoring/gaps").then()
                .statusCode(422);
        RegionApi.as(Roles.ANALYST).get("/api/monitoring/reports/programme").then().statusCode(422)
                .body("errors[0].field", equalTo("subregion"));
    }

    private static void invalid(Map<String, String> query, String indicator, String field) {
        RegionApi.as(Roles.ANALYST).queryParams(query).get(TABLES + indicator).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo(field));
    }

    private static Response openCasesByQuarter(RequestSpecification request, String path) {
        return request.queryParam("municipalityId", municipality).queryParam("rows", "quarter")
                .queryParam("columns", "phase").get(TABLES + path);
    }

    /**
     * The table as an outsider sees it, except that the attacker is granted the true counts of the published cells
     * (not their perturbed values): the suppression must hold even then.
     */
    private static DisclosureAttack attackOn(JsonPath table) {
        List<String> rows = table.getList("rows.items.key");
        List<String> columns = table.getList("columns.items.key");
        long[][] truth = new long[rows.size()][columns.size()];
        for (int q = 0; q < 3; q++) {
            truth[rows.indexOf(quarters.get(q))][columns.indexOf("ANKOMMEN")] = OPEN[q][0];
            truth[rows.indexOf(quarters.get(q))][columns.indexOf("ORIENTIERUNG")] = OPEN[q][1];
        }
        long[][] values = SuppressionTest.extended(truth);
        boolean[][] hidden = new boolean[rows.size() + 1][columns.size() + 1];
        for (int i = 0; i <= rows.size(); i++) {
            for (int j = 0; j <= columns.size(); j++) {
                String cell = i < rows.size() && j < columns.size()
                        ? "cells[" + i + "][" + j + "]"
                        : i < rows.size()
                                ? "rowTotals[" + i + "]"
                                : j < columns.size() ? "columnTotals[" + j + "]" : "total";
                hidden[i][j] = table.getBoolean(cell + ".suppressed");
                if (!hidden[i][j]) {
                    long published = table.getLong(cell + ".value");
                    assertThat(published).as(cell).isBetween(values[i][j] == 0 ? 0 : Math.max(5, values[i][j] - 2),
                            values[i][j] + 2);
                }
            }
        }
        return new DisclosureAttack(values, hidden);
    }
}
