package de.kim.cases.datasubject;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import de.kim.cases.CaseClient;
import de.kim.cases.CaseFixtures;
import de.kim.cases.People;
import de.kim.cases.Staff;
import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.platform.security.Roles;

/** The data-protection officer exports everything stored about one person (GDPR Art. 15), and nothing of others. */
@QuarkusTest
class SubjectExportTest {

    KafkaBroker broker;

    @Test
    void exportHoldsThePersonsDataHistoryAccessesAndSharingButNoOtherHouseholdMember() {
        String lastName = "Export" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> amira = new HashMap<>(People.amira());
        amira.put("lastName", lastName);
        Map<String, Object> yusuf = new HashMap<>(People.yusuf());
        yusuf.put("lastName", lastName);
        UUID municipality = CaseFixtures.municipality(broker, "SUED");
        String caseId = CaseFixtures.caseManager("SUED").body(Map.of("municipalityId", municipality.toString(),
                "members", List.of(amira, yusuf))).post("/api/cases").then().statusCode(201).extract().path("id");
        CaseClient.of("SUED", caseId).shareWith("JOBCENTER", "MASTER_DATA");
        Staff.viewAt("JOBCENTER", caseId, 2);

        var export = dpo().body(Map.of("firstName", "amira", "lastName", lastName.toUpperCase(), "birthDate",
                "1990-04-12")).post("/api/cases/data-subject-export").then().statusCode(200).extract();

        assertThat(export.<List<String>>path("cases.data.id")).containsExactly(caseId);
        assertThat(export.<List<String>>path("cases[0].data.members.firstName")).containsExactly("Amira");
        assertThat(export.asString()).doesNotContain("Yusuf", "2016-08-01");
        assertThat(export.<List<String>>path("cases[0].data.consents.purpose")).containsExactly("Vermittlung");
        assertThat(export.<List<String>>path("cases[0].history.action")).contains("CASE_OPENED",
                "PARTICIPATION_ADDED", "CONSENT_GRANTED");
        assertThat(export.<List<String>>path("cases[0].accesses.action")).contains("CASE_OPENED", "VIEW_READ");
        assertThat(export.<List<String>>path("cases[0].accesses.purpose")).contains("CASE_MANAGEMENT",
                "AUTHORITY_VIEW");
        assertThat(export.<List<String>>path("cases[0].sharedWith.authority")).containsExactly("JOBCENTER");
        assertThat(export.<List<String>>path("cases[0].sharedWith[0].categories")).containsExactly("MASTER_DATA");

        var log = dpo().queryParam("caseId", caseId).queryParam("size", 100).get("/api/cases/audit").then()
                .statusCode(200).extract();
        assertThat(log.<List<String>>path("items.findAll { it.action == 'SUBJECT_EXPORTED' }.purpose"))
                .containsExactly("DATA_SUBJECT_REQUEST");
    }

    @Test
    void nobodyMatchingIsAnEmptyExportAndAnIncompleteRequestIsRefused() {
        assertThat(dpo().body(Map.of("firstName", "Niemand", "lastName", "Unbekannt", "birthDate", "1970-01-01"))
                .post("/api/cases/data-subject-export").then().statusCode(200).extract().<List<?>>path("cases"))
                .isEmpty();
        dpo().body(Map.of("firstName", "Amira", "lastName", "Haddad")).post("/api/cases/data-subject-export").then()
                .statusCode(422);
        CaseFixtures.caseManager("NORD").body(Map.of("firstName", "Amira", "lastName", "Haddad", "birthDate",
                "1990-04-12")).post("/api/cases/data-subject-export").then().statusCode(403);
    }

    private static RequestSpecification dpo() {
        return Staff.withRole(Roles.DPO, Map.of());
    }
}
