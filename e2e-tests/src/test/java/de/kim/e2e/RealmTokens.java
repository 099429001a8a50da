package de.kim.e2e;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Access tokens from the realm kim of a running suite's Keycloak, for its DEMO accounts and clients. */
final class RealmTokens {

    /** DEMO password of every demo account of the realm. */
    static final String DEMO_PASSWORD = "demo-password";

    private RealmTokens() {
    }

    /** A demo account's token (password grant of the public client {@code kim-cli}). */
    static String user(String keycloak, String username) {
        return passwordGrant(keycloak, "kim-cli", username, DEMO_PASSWORD);
    }

    static String passwordGrant(String keycloak, String clientId, String username, String password) {
        return given().formParam("grant_type", "password").formParam("client_id", clientId)
                .formParam("username", username).formParam("password", password)
                .post(keycloak + "/realms/kim/protocol/openid-connect/token").then().statusCode(200).extract()
                .path("access_token");
    }

    /** The claims of a token Keycloak issued (read, not verified: the test asks what Keycloak put in). */
    static JsonNode claims(String jwt) {
        try {
            return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An authority's agency system (client credentials; DEMO secret {@code demo-<client>-secret}). */
    static String agencySystem(String keycloak, String authority) {
        String client = authority.toLowerCase() + "-system";
        return given().formParam("grant_type", "client_credentials").formParam("client_id", client)
                .formParam("client_secret", "demo-" + client + "-secret")
                .post(keycloak + "/realms/kim/protocol/openid-connect/token").then().statusCode(200).extract()
                .path("access_token");
    }
}
