package de.kim.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * The browser's login (backend for frontend): authorization code flow, the tokens kept in the gateway's database, only
 * a session id in the browser; API calls carry the session's token to the services; writes need the CSRF token.
 */
@QuarkusTest
class LoginSessionTest {

    @ConfigProperty(name = "keycloak.url")
    String keycloak;

    @Inject
    Pool pool;

    @OidcWireMock
    WireMockServer keycloakServer;

    private static final String KEYCLOAK_LOGOUT = "/auth/realms/quarkus/protocol/openid-connect/logout";

    @Test
    void loginKeepsTokensOnTheServerAndBridgesThemToTheServices() {
        Map<String, String> cookies = TestLogin.login(keycloak, "/app/worklist");

        assertThat(cookies.get("q_session")).matches("[0-9a-f]{64}");
        long sessions = pool.query("select count(*) from gateway_session").execute().await().indefinitely()
                .iterator().next().getLong(0);
        assertThat(sessions).isPositive();

        Response session = given().cookies(cookies).get("/auth/session");
        assertThat(session.<Boolean>path("authenticated")).isTrue();
        assertThat(session.<String>path("username")).isEqualTo("alice");
        assertThat(session.asString()).doesNotContain("eyJ"); // no token ever reaches the browser
        String csrf = session.path("csrfToken");
        cookies.put("kim_csrf", csrf);

        Response read = given().cookies(cookies).get("/api/cases");
        assertThat(read.<String>path("headers.authorization")).startsWith("Bearer eyJ");

        given().cookies(cookies).contentType(ContentType.JSON).body("{}").post("/api/cases").then().statusCode(403);
        given().cookies(cookies).header("X-CSRF-Token", "0".repeat(64)).contentType(ContentType.JSON).body("{}")
                .post("/api/cases").then().statusCode(403);
        Response written = given().cookies(cookies).header("X-CSRF-Token", csrf).contentType(ContentType.JSON)
                .body("{}").post("/api/cases");
        assertThat(written.statusCode()).isEqualTo(200);
        assertThat(written.<String>path("headers.authorization")).startsWith("Bearer eyJ");

        String sessionId = cookies.get("q_session");
        // Logout is a POST with the CSRF token: a link or a form of another site ends nothing.
        given().cookies(cookies).redirects().follow(false).get("/auth/logout").then().statusCode(405)
                .header("Allow", "POST");
        given().cookies(cookies).post("/auth/logout").then().statusCode(403);
        given().cookies(cookies).get("/auth/session").then().body("authenticated", org.hamcrest.Matchers.is(true));

        keycloakServer.stubFor(WireMock.post(KEYCLOAK_LOGOUT).willReturn(WireMock.noContent()));
        Response logout = given().cookies(cookies).header("X-CSRF-Token", csrf).redirects().follow(false)
                .post("/auth/logout");
        assertThat(logout.statusCode()).isEqualTo(204);
        assertThat(logout.getHeader("Location")).isNull(); // no redirect that could carry a token in its URL
        assertThat(logout.getDetailedCookie("q_session").getMaxAge()).isZero();
        // ... and the session at the provider ends too, server to server with the session's refresh token.
        keycloakServer.verify(1, WireMock.postRequestedFor(WireMock.urlEqualTo(KEYCLOAK_LOGOUT))
                .withRequestBody(WireMock.containing("refresh_token=07e08903-1263-4dd1-9fd1-4a59b0db5283"))
                .withRequestBody(WireMock.containing("client_secret=secret")));
        long left = pool.query("select count(*) from gateway_session").execute().await().indefinitely().iterator()
                .next().getLong(0);
        assertThat(left).isEqualTo(sessions - 1);
        // A stolen cookie of the ended session is worth nothing.
        given().cookie("q_session", sessionId).redirects().follow(false).get("/api/cases").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void withoutSessionNothingIsAddedAndLoginNeverLeavesTheSite() {
        given().get("/auth/session").then().statusCode(200).body("authenticated",
                org.hamcrest.Matchers.equalTo(false));
        given().get("/api/cases").then().statusCode(200).body("headers.authorization",
                org.hamcrest.Matchers.nullValue());
        Map<String, String> cookies = TestLogin.login(keycloak, "//evil.example/steal");
        assertThat(cookies).containsKey("q_session");
    }

    /** The outside test's open redirect (a TAB the browser drops, a line break that made a 500) and its relatives. */
    @Test
    void aLoginLinkLeadsOnlyToAPageOfTheApp() {
        Map<String, String> cookies = TestLogin.login(keycloak, "/");
        for (String next : List.of("/%09/127.0.0.1:9999/x", "/%0d%0aSet-Cookie:%20a=b", "//evil.example/x",
                "/%5Cevil.example", "%2F%2Fevil.example", "/%252F%252Fevil.example", "https://evil.example/")) {
            Response answer = given().cookies(cookies).redirects().follow(false).urlEncodingEnabled(false)
                    .get("/auth/login?next=" + next);
            assertThat(answer.statusCode()).as(next).isEqualTo(302);
            assertThat(answer.getHeader("Location")).as(next).isEqualTo("/");
        }
        assertThat(given().cookies(cookies).redirects().follow(false).urlEncodingEnabled(false)
                .get("/auth/login?next=/faelle%3Fphase%3DANKOMMEN").getHeader("Location"))
                .isEqualTo("/faelle?phase=ANKOMMEN");
    }

    @Test
    void aSessionLeftAloneEnds() throws InterruptedException {
        Map<String, String> cookies = TestLogin.login(keycloak, "/");
        given().cookies(cookies).get("/api/cases").then().statusCode(200);
        Thread.sleep(5_000); // the test idle timeout is 4 s
        given().cookies(cookies).redirects().follow(false).get("/api/cases").then().statusCode(401);
    }
}
