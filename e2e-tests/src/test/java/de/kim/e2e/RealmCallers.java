package de.kim.e2e;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;

import de.kim.localinfra.security.AccessMatrixProbe.Caller;

/**
 * Callers with tokens the realm's Keycloak really issued: a demo account per role (the agency system by client
 * credentials), and the tokens a service must refuse: none, expired, of another realm, with a forged signature, for
 * another audience, and an account without any of the suite's roles. What the expired and the other audience's
 * tokens need (a client whose tokens live one second, a client without the audience) is created for the moment and
 * deleted again.
 */
final class RealmCallers {

    /** The demo account of each role (DEMO credentials of the local realm). */
    private static final Map<String, String> ACCOUNT_OF_ROLE = orderedMap("case-manager", "fm.nord", "coordinator",
            "ko.nord", "authority-staff", "jc.unna", "provider-staff", "traeger.caritas", "analyst", "analyst", "dpo",
            "dsb", "admin", "admin");
    private static final String AGENCY_SYSTEM = "agency-system";

    private final String keycloak;
    private final String adminToken;
    private final String probe = "matrix-probe-" + ThreadLocalRandom.current().nextInt(1_000_000);

    RealmCallers(String keycloak, String adminToken) {
        this.keycloak = keycloak;
        this.adminToken = adminToken;
    }

    /** Every role of the realm. */
    static Set<String> roles() {
        Set<String> roles = new LinkedHashSet<>(ACCOUNT_OF_ROLE.keySet());
        roles.add(AGENCY_SYSTEM);
        return roles;
    }

    /** All callers; returns once the short-lived token has expired. */
    List<Caller> all() throws InterruptedException {
        List<Caller> callers = new ArrayList<>();
        ACCOUNT_OF_ROLE.forEach((role, account) -> callers.add(
                new Caller(role + " (" + account + ")", passwordGrant("kim-cli", account), Set.of(role), true)));
        callers.add(new Caller("agency-system (jobcenter-system)", RealmTokens.agencySystem(keycloak, "JOBCENTER"),
                Set.of(AGENCY_SYSTEM),
                true));
        String caseManager = callers.get(0).token();
        String coordinator = callers.get(1).token();
        callers.add(new Caller("no token", null, Set.of(), false));
        callers.add(new Caller("token of another realm (master)", SuiteIT.masterAdminToken(), Set.of(), false));
        callers.add(new Caller("forged signature (fm.nord's claims, ko.nord's signature)",
                caseManager.substring(0, caseManager.lastIndexOf('.'))
                        + coordinator.substring(coordinator.lastIndexOf('.')),
                Set.of("case-manager"), false));
        String expired;
        String clientId = probe + "-short";
        String client = createClient(clientId, Map.of("access.token.lifespan", "1"));
        try {
            expired = passwordGrant(clientId, "fm.nord");
        } finally {
            delete(client);
        }
        String otherAudience;
        clientId = probe + "-aud";
        client = createClient(clientId, Map.of());
        try {
            given().auth().oauth2(adminToken).delete(client + "/default-client-scopes/" + clientScopeId("kim-claims"))
                    .then().statusCode(204);
            otherAudience = passwordGrant(clientId, "fm.nord");
        } finally {
            delete(client);
        }
        callers.add(new Caller("token for another audience (client without kim-claims)", otherAudience,
                Set.of("case-manager"), false));
        String user = createUserWithoutRole();
        try {
            callers.add(new Caller("account without a role", passwordGrant("kim-cli", probe), Set.of(), true));
        } finally {
            delete(user);
        }
        waitUntilExpired(expired);
        callers.add(new Caller("expired token (fm.nord)", expired, Set.of("case-manager"), false));
        return callers;
    }

    private String passwordGrant(String clientId, String username) {
        return RealmTokens.passwordGrant(keycloak, clientId, username,
                username.equals(probe) ? probePassword() : RealmTokens.DEMO_PASSWORD);
    }

    /** A public client for password grants; returns its admin URL. */
    private String createClient(String clientId, Map<String, String> attributes) {
        return given().auth().oauth2(adminToken).contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId, "publicClient", true, "directAccessGrantsEnabled", true,
                        "standardFlowEnabled", false, "attributes", attributes))
                .post(keycloak + "/admin/realms/kim/clients").then().statusCode(201).extract().header("Location");
    }

    private String clientScopeId(String name) {
        return given().auth().oauth2(adminToken).get(keycloak + "/admin/realms/kim/client-scopes")
                .then().statusCode(200).extract().path("find { it.name == '" + name + "' }.id");
    }

    private String createUserWithoutRole() {
        return given().auth().oauth2(adminToken).contentType(ContentType.JSON)
                .body(Map.of("username", probe, "enabled", true, "firstName", "Probe", "lastName", "Ohne Rolle",
                        "email", probe + "@demo.kim.invalid", "credentials",
                        List.of(Map.of("type", "password", "value", probePassword(), "temporary", false))))
                .post(keycloak + "/admin/realms/kim/users").then().statusCode(201).extract().header("Location");
    }

    private String probePassword() {
        return "probe-password-" + probe;
    }

    private void delete(String adminUrl) {
        given().auth().oauth2(adminToken).delete(adminUrl).then().statusCode(204);
    }

    private static void waitUntilExpired(String token) throws InterruptedException {
        Instant expiry = Instant.ofEpochSecond(claims(token).get("exp").asLong());
        Duration left = Duration.between(Instant.now(), expiry.plusSeconds(1));
        if (!left.isNegative()) {
            Thread.sleep(left.toMillis());
        }
    }

    private static JsonNode claims(String token) {
        try {
            return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JWT", e);
        }
    }

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
