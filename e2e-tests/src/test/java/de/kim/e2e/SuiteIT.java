package de.kim.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import de.kim.localinfra.kafka.TopicProbe;
import de.kim.localinfra.openapi.ApiOperations;
import de.kim.localinfra.security.AccessMatrix;
import de.kim.localinfra.security.AccessMatrixProbe;
import de.kim.localinfra.security.AccessMatrixProbe.Caller;

/**
 * The suite as a newcomer starts it: ./kim up, tokens from the realm's Keycloak, everything through the gateway.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteIT {

    private static final RunningSuite SUITE = new RunningSuite();

    @BeforeAll
    static void up() throws Exception {
        SUITE.up();
    }

    @AfterAll
    static void down() throws Exception {
        SUITE.down();
    }

    @Test
    void municipalityCreatedInRegionServiceIsReadableFromCaseService() {
        String admin = userToken("admin");
        String caseManager = userToken("fm.nord");
        String ags = String.format("0599%04d", ThreadLocalRandom.current().nextInt(10_000));

        long start = System.nanoTime();
        String id = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("{\"ags\":\"" + ags + "\",\"name\":\"Probedorf\",\"subregion\":\"NORD\"}")
                .post(SUITE.gateway() + "/api/regions/municipalities")
                .then().statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                .until(() -> given().auth().oauth2(caseManager)
                        .get(SUITE.gateway() + "/api/cases/reference/municipalities/" + id).statusCode() == 200);
        System.out.printf("E2E: municipality visible in case-service %d ms after the POST%n",
                Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    @Test
    void demoDataOfKreisUnnaIsLoaded() {
        given().auth().oauth2(userToken("fm.nord"))
                .get(SUITE.gateway() + "/api/cases/reference/municipalities")
                .then().statusCode(200)
                .body("name", hasItems("Lünen", "Werne", "Selm", "Unna", "Schwerte"));
    }

    @Test
    void newcomerFindsContactPointsWithoutLogin() {
        given().queryParam("size", 100).get(SUITE.gateway() + "/api/regions/contact-points")
                .then().statusCode(200)
                .body("items.name", hasItems("Michaelsheim", "Halte-Stelle Brambauer", "Treffpunkt Neuland"));
    }

    @Test
    void caseManagerLearnsWhoIsResponsibleForLunenSued() {
        String token = userToken("fm.nord");
        String lunen = given().auth().oauth2(token).queryParam("size", 100)
                .get(SUITE.gateway() + "/api/regions/municipalities")
                .then().statusCode(200).extract().path("items.find { it.ags == '05978024' }.id");
        String lunenSued = given().auth().oauth2(token).queryParam("municipality", lunen).queryParam("size", 100)
                .get(SUITE.gateway() + "/api/regions/quarters")
                .then().statusCode(200).extract().path("items.find { it.name == 'Lünen-Süd' }.id");

        given().auth().oauth2(token).queryParam("municipality", lunen).queryParam("quarter", lunenSued)
                .get(SUITE.gateway() + "/api/regions/responsibility")
                .then().statusCode(200)
                .body("subregion.code", equalTo("NORD"))
                .body("coordinators.displayName", hasItems("Demo Koordination Nord (ko.nord)"))
                .body("contactPoints.contactPoint.name", hasItems("Michaelsheim"));
    }

    @Test
    void newcomerFindsDemoOffersInThePublicDirectory() {
        given().queryParam("size", 100).get(SUITE.gateway() + "/api/offers/public")
                .then().statusCode(200)
                .body("items.title",
                        hasItems("Nähcafé für Frauen", "Rucksack-Programm", "Ehrenamt: Lesepatenschaften"));
    }

    @Test
    void caseManagerFindsLanguageCoursesInGerman() {
        given().auth().oauth2(userToken("fm.nord")).queryParam("q", "Sprachkurse")
                .get(SUITE.gateway() + "/api/offers")
                .then().statusCode(200)
                .body("items.title", hasItems("Sprachkurs Deutsch A1"));
    }

    @Test
    void rejectsCallWithoutTokenWith401Problem() {
        given().get(SUITE.gateway() + "/api/regions/municipalities")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:kim:problem:unauthorized"));
    }

    @Test
    void rejectsRoleWithoutPermissionWith403() {
        given().auth().oauth2(userToken("traeger.caritas")).contentType(ContentType.JSON)
                .body("{\"ags\":\"05990001\",\"name\":\"Verboten\",\"subregion\":\"SUED\"}")
                .post(SUITE.gateway() + "/api/regions/municipalities")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void agencySystemReadsWithClientCredentials() {
        String token = RealmTokens.agencySystem(SUITE.keycloak(), "JOBCENTER");

        given().auth().oauth2(token).get(SUITE.gateway() + "/api/cases/reference/municipalities")
                .then().statusCode(200);
    }

    /**
     * A case through the whole suite: opened by a case manager, shared with the Jobcenter (its agency system reads the
     * view), referred to a demo offer, answered by the real offer-service.
     */
    @Test
    void caseIsSharedWithTheJobcenterAndReferredToAnOffer() {
        String caseManager = userToken("fm.nord");
        var opened = openCaseInLunen(caseManager, """
                {"firstName": "Amira", "lastName": "Haddad", "birthDate": "1990-04-12", "gender": "FEMALE",
                 "languages": [{"code": "de", "level": "A1"}]}""");
        String caseId = opened.path("id");
        String member = opened.path("members[0].id");
        String cases = SUITE.gateway() + "/api/cases/" + caseId;
        given().auth().oauth2(caseManager).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"authority\": \"JOBCENTER\", \"since\": \"2026-01-01\"}").post(cases + "/participations")
                .then().statusCode(200);
        given().auth().oauth2(caseManager).contentType(ContentType.JSON).header("If-Match", "\"1\"").body("""
                {"recipientKind": "AUTHORITY", "recipient": "JOBCENTER", "categories": ["MASTER_DATA"],
                 "purpose": "Vermittlung in Sprachkurs", "legalBasis": "CONSENT",
                 "documentReference": "Einwilligung vom 02.12.", "grantedOn": "2026-01-01"}
                """).post(cases + "/consents").then().statusCode(200);

        String jobcenter = RealmTokens.agencySystem(SUITE.keycloak(), "JOBCENTER");
        await().atMost(Duration.ofSeconds(10)).until(() -> given().auth().oauth2(jobcenter)
                .get(SUITE.gateway() + "/api/views/jobcenter/cases/" + caseId).statusCode() == 200);
        given().auth().oauth2(jobcenter).get(SUITE.gateway() + "/api/views/jobcenter/cases/" + caseId).then()
                .body("data.members[0].lastName", equalTo("Haddad")).body("categories[0]", equalTo("MASTER_DATA"));

        String offer = given().auth().oauth2(caseManager).queryParam("q", "Sprachkurs")
                .get(SUITE.gateway() + "/api/offers").then().statusCode(200).extract().path("items[0].id");
        await().atMost(Duration.ofSeconds(10)).until(() -> given().auth().oauth2(caseManager)
                .contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body("{\"offerId\": \"" + offer + "\", \"memberId\": \"" + member
                        + "\", \"category\": \"EDUCATION_WORK\"}")
                .post(cases + "/referrals").statusCode() == 200);
        await().atMost(Duration.ofSeconds(10)).until(() -> !"REQUESTED".equals(
                given().auth().oauth2(caseManager).get(cases).path("referrals[0].status")));
        assertThat(given().auth().oauth2(caseManager).get(cases).<String>path("referrals[0].status"))
                .isIn("ACCEPTED", "WAITLISTED");
    }

    /**
     * The browser's login through the real Keycloak page (backend for frontend): afterwards the browser holds only the
     * session cookie, and its API calls reach the services with the session's token.
     */
    @Test
    void browserLogsInThroughKeycloakAndUsesItsSession() {
        Map<String, String> cookies = browserLogin("fm.nord");

        Response session = given().cookies(cookies).get(SUITE.gateway() + "/auth/session");
        assertThat(session.<String>path("username")).isEqualTo("fm.nord");
        assertThat(session.<List<String>>path("roles")).contains("case-manager");
        assertThat(session.asString()).doesNotContain("eyJ");
        given().cookies(cookies).get(SUITE.gateway() + "/api/cases/worklist").then().statusCode(200);
        cookies.put("kim_csrf", session.path("csrfToken"));
        given().cookies(cookies).contentType(ContentType.JSON).body("{}").post(SUITE.gateway() + "/api/cases")
                .then().statusCode(403);
        given().cookies(cookies).header("X-CSRF-Token", session.<String>path("csrfToken"))
                .contentType(ContentType.JSON).body("{}").post(SUITE.gateway() + "/api/cases").then().statusCode(422);
    }

    /**
     * Issue 6's acceptance in real headless Chromium: log in through the Keycloak page per role, create and share a
     * case, refer it, see it (and only it) as the Jobcenter, the referral (and no case) as the provider, the
     * Michaelsheim's office hours in Arabic; axe-core on every screen; screenshots for the README.
     */
    @Test
    void browserJourneysOfEveryRolePassInChromium() throws Exception {
        String tap = SUITE.runBrowserJourneys();
        System.out.println(tap);
        assertThat(tap).contains("# fail 0").doesNotContain("# pass 0");
    }

    @Test
    void rejectsTokenOfAnotherRealm() {
        given().auth().oauth2(masterAdminToken()).get(SUITE.gateway() + "/api/regions/municipalities")
                .then().statusCode(401);
    }

    @Test
    void listsEveryServiceDocumentThroughTheGatewayForAdmins() {
        Map<String, String> admin = browserLogin("admin");
        Map<String, String> caseManager = browserLogin("fm.nord");
        for (String service : new String[]{"case-service", "offer-service", "region-service"}) {
            String document = SUITE.gateway() + "/api-docs/" + service + ".yaml";
            String yaml = given().cookies(admin).get(document).then().statusCode(200).extract().asString();
            assertThat(yaml).startsWith("---").contains("openapi: 3.1.0");
            given().cookies(caseManager).get(document).then().statusCode(403);
            given().get(document).then().statusCode(401);
        }
    }

    /**
     * The realm as imported: its password policy refuses weak passwords, guessing locks the account, a quick typo
     * does not.
     */
    @Test
    void realmRefusesWeakPasswordsAndLocksOutGuessing() {
        String admin = masterAdminToken();
        String username = "probe-" + ThreadLocalRandom.current().nextInt(1_000_000);
        String users = SUITE.keycloak() + "/admin/realms/kim/users";
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(probeUser(username, "kurz")).post(users)
                .then().statusCode(400);
        String strong = "ein-langes-passwort-" + username;
        String location = given().auth().oauth2(admin).contentType(ContentType.JSON).body(probeUser(username, strong))
                .post(users).then().statusCode(201).extract().header("Location");
        // Keycloak counts a failure on a worker thread after it has answered; the test waits for the count it expects
        // before the next step, so each step sees the lock state the previous ones made.
        String lockState = location.replace("/users/", "/attack-detection/brute-force/users/");
        try {
            // Two wrong passwords within a second locked the account for a minute: anyone knowing a colleague's user
            // name could keep them out with two requests a minute.
            assertThat(passwordGrant(username, "falsch-a").statusCode()).isIn(400, 401);
            assertThat(passwordGrant(username, "falsch-b").statusCode()).isIn(400, 401);
            await().atMost(Duration.ofSeconds(10)).until(() -> lockState(admin, lockState).getInt("numFailures") == 2);
            assertThat(lockState(admin, lockState).getBoolean("disabled")).as("no lockout for two quick mistakes")
                    .isFalse();
            Response afterTwoMistakes = passwordGrant(username, strong);
            assertThat(afterTwoMistakes.statusCode()).as("no lockout for two quick mistakes: %s, lock state %s",
                    afterTwoMistakes.asString(), lockState(admin, lockState).prettify()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(10)).until(() -> lockState(admin, lockState).getInt("numFailures") == 0);

            for (int guess = 0; guess < 10; guess++) {
                assertThat(passwordGrant(username, "falsch-" + guess).statusCode()).isIn(400, 401);
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> lockState(admin, lockState).getBoolean("disabled"));
            assertThat(passwordGrant(username, strong).statusCode()).as("locked after 10 wrong guesses")
                    .isNotEqualTo(200);
        } finally {
            given().auth().oauth2(admin).delete(location).then().statusCode(204);
        }
    }

    /**
     * The local run keeps its secrets to their owner (people run demos on shared machines): Keycloak's master admin has
     * a password of its own, in a file only its owner reads; no secret on any process's command line, which every
     * local user can read; no client hands out offline tokens, which would outlive a logout for a month.
     */
    @Test
    void theLocalRunKeepsItsSecretsToItsOwner() throws Exception {
        given().formParam("grant_type", "password").formParam("client_id", "admin-cli").formParam("username", "admin")
                .formParam("password", "admin").post(SUITE.keycloak() + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(401);
        assertThat(masterAdminToken()).isNotBlank();
        assertThat(java.nio.file.Files.getPosixFilePermissions(SUITE.home().resolve("keycloak-admin-password")))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);

        List<String> secrets = new ArrayList<>(List.of("demo-gateway-secret", "demo-monitoring-key",
                "demo-case-facts-key", SUITE.keycloakAdminPassword()));
        try (Stream<java.nio.file.Path> clients = java.nio.file.Files.list(SUITE.home().resolve("kafka-clients"))) {
            for (java.nio.file.Path client : clients.toList()) {
                Matcher password = Pattern.compile("password=\\\\?\"([^\"\\\\]+)")
                        .matcher(java.nio.file.Files.readString(client));
                assertThat(password.find()).as(client.toString()).isTrue();
                secrets.add(password.group(1));
            }
        }
        int processes = 0;
        for (ProcessHandle process : ProcessHandle.allProcesses().toList()) {
            String commandLine = process.info().commandLine().orElse("");
            if (commandLine.contains(SUITE.home().toString()) || commandLine.contains("quarkus-run.jar")) {
                processes++;
                for (String secret : secrets) {
                    assertThat(commandLine).as("command line of process %d", process.pid()).doesNotContain(secret);
                }
            }
        }
        assertThat(processes).as("the suite's processes: the four apps and Keycloak at least")
                .isGreaterThanOrEqualTo(5);

        Response offline = given().formParam("grant_type", "password").formParam("client_id", "kim-cli")
                .formParam("username", "fm.nord").formParam("password", "demo-password")
                .formParam("scope", "openid offline_access")
                .post(SUITE.keycloak() + "/realms/kim/protocol/openid-connect/token");
        if (offline.statusCode() == 200) {
            assertThat(offline.<String>path("scope")).doesNotContain("offline_access");
            assertThat(RealmTokens.claims(offline.path("refresh_token")).path("typ").asText()).isNotEqualTo("Offline");
        } else {
            assertThat(offline.statusCode()).isEqualTo(400);
        }
    }

    private static Map<String, Object> probeUser(String username, String password) {
        return Map.of("username", username, "enabled", true, "firstName", "Probe", "lastName", "Konto", "email",
                username + "@demo.kim.invalid", "credentials",
                List.of(Map.of("type", "password", "value", password, "temporary", false)));
    }

    /** What Keycloak's brute-force detection holds on one user: failures counted, whether logins are refused. */
    private static io.restassured.path.json.JsonPath lockState(String adminToken, String lockStateUrl) {
        return given().auth().oauth2(adminToken).get(lockStateUrl).then().statusCode(200).extract().jsonPath();
    }

    private static Response passwordGrant(String username, String password) {
        return given().formParam("grant_type", "password").formParam("client_id", "kim-cli")
                .formParam("username", username).formParam("password", password)
                .post(SUITE.keycloak() + "/realms/kim/protocol/openid-connect/token");
    }

    /** The local Keycloak's master admin (its password made on the first start), a token of the realm master. */
    static String masterAdminToken() {
        return given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", SUITE.keycloakAdminPassword())
                .post(SUITE.keycloak() + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /**
     * The access matrices of docs/access once more, now with tokens the realm's Keycloak issued: every operation each
     * service serves, asked of the service itself by a demo account of every role, an agency system and the tokens it
     * must refuse. Late in the run: the admin's calls include the rebuild of views and counts.
     */
    @TestFactory
    @Order(Integer.MAX_VALUE - 1)
    Stream<DynamicTest> everyServiceAnswersTheRealmsCallersAsItsMatrixSays() throws InterruptedException {
        List<Caller> callers = new RealmCallers(SUITE.keycloak(), masterAdminToken()).all();
        Map<String, Integer> services = Map.of("case-service", RunningSuite.CASES, "offer-service",
                RunningSuite.OFFERS, "region-service", RunningSuite.REGIONS);
        Map<String, String> pathSamples = Map.of("authority", "jobcenter", "indicator", "open-cases");
        List<DynamicTest> tests = new ArrayList<>();
        services.forEach((service, port) -> {
            String baseUri = SUITE.service(port);
            AccessMatrixProbe probe = new AccessMatrixProbe(baseUri, ApiOperations.servedBy(SUITE.management(port)),
                    AccessMatrix.of(service, RealmCallers.roles()), pathSamples);
            probe.operations().forEach(operation -> tests.add(DynamicTest.dynamicTest(service + " " + operation,
                    () -> assertThat(probe.violations(operation, callers)).as(service + " " + operation).isEmpty())));
        });
        System.out.printf("E2E ACCESS MATRIX: %d operations x %d callers with the realm's tokens = %d requests%n",
                tests.size(), callers.size(), tests.size() * callers.size());
        return tests.stream();
    }

    /**
     * Every read operation of every service's OpenAPI document, through the gateway: an answer that may carry personal
     * data is marked no-store (a shared office PC's disk cache, a proxy), whatever its status; only the public
     * directory's answers may be kept.
     */
    @Test
    void noAnswerThatMayCarryPersonalDataIsStored() {
        String caseManager = userToken("fm.nord");
        Map<String, String> samples = Map.of("authority", "jobcenter", "indicator", "open-cases");
        int walked = 0;
        for (Map.Entry<String, Integer> service : Map.of("case-service", RunningSuite.CASES, "offer-service",
                RunningSuite.OFFERS, "region-service", RunningSuite.REGIONS).entrySet()) {
            ApiOperations api = ApiOperations.servedBy(SUITE.management(service.getValue()));
            AccessMatrix matrix = AccessMatrix.of(service.getKey(), RealmCallers.roles());
            for (ApiOperations.Operation operation : api.all()) {
                if (!operation.method().equals("GET")) {
                    continue;
                }
                boolean open = matrix.rolesFor(operation.toString()).orElseThrow().contains(AccessMatrix.ANYONE);
                Response answer = (open ? given() : given().auth().oauth2(caseManager))
                        .get(SUITE.gateway() + api.concretePath(operation, samples));
                String cacheControl = answer.getHeader("Cache-Control");
                if (open && answer.statusCode() == 200) {
                    assertThat(cacheControl).as(operation.toString()).isNotNull().doesNotContain("no-store");
                } else {
                    assertThat(cacheControl).as(operation + " answering " + answer.statusCode()).isEqualTo("no-store");
                }
                walked++;
            }
        }
        System.out.printf("E2E CACHE-CONTROL: %d read operations through the gateway%n", walked);
        assertThat(walked).isGreaterThan(40);
    }

    /**
     * After the browser journeys: a household with notes of every kind (shared, the Jobcenter's own, confided to the
     * Jugendamt), then every record on every topic held against all people and notes in the case-service's database.
     */
    @Test
    @Order(Integer.MAX_VALUE - 2)
    void personalDataTravelsOnlyOnTheTopicsMadeForIt() throws Exception {
        String caseManager = userToken("fm.nord");
        String caseId = openCaseInLunen(caseManager, """
                {"firstName": "Yasmin", "lastName": "Rahimi", "birthDate": "1987-09-23", "gender": "FEMALE",
                 "languages": [{"code": "fa", "level": "C2"}]}""").path("id");
        String cases = SUITE.gateway() + "/api/cases/" + caseId;
        for (String authority : List.of("JOBCENTER", "JUGENDAMT")) {
            post(caseManager, cases + "/participations", cases, caseManager,
                    "{\"authority\": \"" + authority + "\", \"since\": \"2026-01-01\"}");
            post(caseManager, cases + "/consents", cases, caseManager, """
                    {"recipientKind": "AUTHORITY", "recipient": "%s", "categories": ["MASTER_DATA"],
                     "purpose": "Abstimmung im Fall", "legalBasis": "CONSENT",
                     "documentReference": "Einwilligung vom 01.12.", "grantedOn": "2026-01-01"}
                    """.formatted(authority));
        }
        post(caseManager, cases + "/notes", cases, caseManager, """
                {"category": "MASTER_DATA", "text": "Gemeinsamer Vermerk: Termin beim Jobcenter vereinbart",
                 "visibility": "ALL_PARTICIPANTS"}""");
        post(RealmTokens.agencySystem(SUITE.keycloak(), "JOBCENTER"),
                SUITE.gateway() + "/api/views/jobcenter/cases/" + caseId + "/notes", cases, caseManager, """
                        {"category": "MASTER_DATA", "text": "Eigener Vermerk des Jobcenters zur Leistungsakte",
                         "visibility": "OWN_AUTHORITY"}""");
        post(RealmTokens.agencySystem(SUITE.keycloak(), "JUGENDAMT"),
                SUITE.gateway() + "/api/views/jugendamt/cases/" + caseId + "/notes", cases, caseManager, """
                        {"category": "MASTER_DATA", "text": "Dem Jugendamt anvertraut: Sorge um das jüngste Kind",
                         "visibility": "ALL_PARTICIPANTS", "confided": true}""");
        String version = given().auth().oauth2(caseManager).get(cases).then().statusCode(200).extract()
                .header("ETag").replace("\"", "");
        SUITE.kafkaProbe().awaitRecord("kim.cases.v1", record -> caseId.equals(record.key())
                && version.equals(TopicProbe.header(record, "ce_aggregateversion")), Duration.ofSeconds(30));

        PersonalDataOnTopics.Findings findings = PersonalDataOnTopics.scan(SUITE);
        System.out.printf("E2E TOPIC SCAN: %d topics, %d records against %d people and %d notes (%d kept to one "
                + "side)%n", findings.topics(), findings.records(), findings.people(), findings.notes(),
                findings.notesKeptAside());
        assertThat(findings.topics()).isGreaterThan(8);
        assertThat(findings.notesKeptAside()).isGreaterThanOrEqualTo(2);
        assertThat(findings.violations()).isEmpty();
    }

    /** A case of one person in Lünen (Nord), opened by the case manager; the answer's body. */
    private static ExtractableResponse<Response> openCaseInLunen(String caseManager, String member) {
        String lunen = given().auth().oauth2(caseManager).get(SUITE.gateway() + "/api/cases/reference/municipalities")
                .then().statusCode(200).extract().path("find { it.name == 'Lünen' }.id");
        return given().auth().oauth2(caseManager).contentType(ContentType.JSON)
                .body("{\"municipalityId\": \"" + lunen + "\", \"members\": [" + member + "]}")
                .post(SUITE.gateway() + "/api/cases").then().statusCode(201).extract();
    }

    /**
     * A change of the case with the case's current version in If-Match, read by the case manager just before: as a
     * client that just read it.
     */
    private static void post(String token, String uri, String caseUri, String caseManager, String body) {
        String version = given().auth().oauth2(caseManager).get(caseUri).then().statusCode(200).extract()
                .header("ETag");
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", version).body(body).post(uri)
                .then().statusCode(lessThan(300));
    }

    /**
     * After everything else (the browser journeys included): the people the run created, by name and birth date,
     * appear in no log of the suite (services, gateway, Kafka, Keycloak) and in no metric a service exposes; no metric
     * label holds an id, and the gateway's public port serves no metrics.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void noPersonalDataInLogsOrMetrics() throws Exception {
        List<String> personalData = List.of("Amira", "Haddad", "Karimi", "1990-04-12", "12.04.1990");
        Map<String, String> texts = new TreeMap<>(SUITE.logs());
        for (int port : new int[]{RunningSuite.GATEWAY, RunningSuite.CASES, RunningSuite.OFFERS,
                RunningSuite.REGIONS}) {
            // Metrics, health and OpenAPI on each app's management interface; its own port answers no /q/* at all.
            for (String path : List.of("/q/metrics", "/q/health", "/q/openapi", "/q/swagger-ui/")) {
                given().get(SUITE.service(port) + path).then().statusCode(404);
            }
            String metrics = given().get(SUITE.management(port) + "/q/metrics").then().statusCode(200).extract()
                    .asString();
            // Routes, never paths: an id in a label tells who works on which household.
            assertThat(metrics).as("metrics of :" + port)
                    .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            texts.put("metrics of :" + port, metrics);
        }
        long bytes = texts.values().stream().mapToLong(String::length).sum();
        System.out.printf("E2E: %d log files and metric pages (%d KB) scanned for personal data%n", texts.size(),
                bytes / 1024);
        assertThat(texts).hasSizeGreaterThan(6);
        texts.forEach((source, text) -> assertThat(text).as(source).doesNotContain(personalData));
    }

    /** The browser's login through the gateway and the real Keycloak login form; returns the browser's cookies. */
    private static Map<String, String> browserLogin(String username) {
        Map<String, String> cookies = new HashMap<>();
        Response start = given().redirects().follow(false).get(SUITE.gateway() + "/auth/login?next=/");
        assertThat(start.statusCode()).isEqualTo(302);
        cookies.putAll(start.getCookies());
        Response loginPage = given().redirects().follow(false).urlEncodingEnabled(false)
                .get(start.getHeader("Location"));
        Matcher form = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"")
                .matcher(loginPage.asString());
        assertThat(form.find()).as("Keycloak login form (status %s)", loginPage.statusCode()).isTrue();
        Response submitted = given().redirects().follow(false).cookies(loginPage.getCookies())
                .formParam("username", username).formParam("password", RealmTokens.DEMO_PASSWORD)
                .urlEncodingEnabled(false).post(form.group(1).replace("&amp;", "&"));
        assertThat(submitted.statusCode()).isEqualTo(302);
        Response callback = given().redirects().follow(false).cookies(cookies).urlEncodingEnabled(false)
                .get(submitted.getHeader("Location"));
        assertThat(callback.statusCode()).isEqualTo(302);
        cookies.putAll(callback.getCookies());
        assertThat(cookies).containsKey("q_session");
        return cookies;
    }

    private static String userToken(String username) {
        return RealmTokens.user(SUITE.keycloak(), username);
    }
}
