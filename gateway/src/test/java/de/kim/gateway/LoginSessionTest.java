package de.kim.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
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

    @Test
    void loginKeepsTokensOnTheServerAndBridgesThemToTheServices() {
        Map<String, String> cookies = login("/app/worklist");

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
        Response logout = given().cookies(cookies).redirects().follow(false).get("/auth/logout");
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.getDetailedCookie("q_session").getMaxAge()).isZero();
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
        Map<String, String> cookies = login("//evil.example/steal");
        assertThat(cookies).containsKey("q_session");
    }

    @Test
    void aSessionLeftAloneEnds() throws InterruptedException {
        Map<String, String> cookies = login("/");
        given().cookies(cookies).get("/api/cases").then().statusCode(200);
        Thread.sleep(5_000); // the test idle timeout is 4 s
        given().cookies(cookies).redirects().follow(false).get("/api/cases").then().statusCode(401);
    }

    /** Logs in through the OIDC provider's (test) login page; returns the browser's cookies. */
    private Map<String, String> login(String next) {
        Map<String, String> cookies = new HashMap<>();
        Response start = given().redirects().follow(false).queryParam("next", next).get("/auth/login");
        assertThat(start.statusCode()).isEqualTo(302);
        cookies.putAll(start.getCookies());
        URI authorize = URI.create(start.getHeader("Location"));
        assertThat(authorize.toString()).startsWith(keycloak);
        Map<String, String> query = query(authorize);

        Response loginPage = given().redirects().follow(false).queryParam("redirect_uri", query.get("redirect_uri"))
                .queryParam("state", query.get("state")).get(keycloak.replaceFirst("/auth$", "") + "/login");
        String callback = loginPage.getHeader("Location");
        assertThat(callback).contains("/auth/callback").contains("code=");

        Response back = given().redirects().follow(false).cookies(cookies).urlEncodingEnabled(false).get(callback);
        assertThat(back.statusCode()).as(back.asString()).isEqualTo(302);
        cookies.putAll(back.getCookies());
        Response landing = given().redirects().follow(false).cookies(cookies).urlEncodingEnabled(false)
                .get(URI.create(back.getHeader("Location")).getRawPath() + queryOf(back.getHeader("Location")));
        cookies.putAll(landing.getCookies());
        if (landing.statusCode() == 302) {
            String location = landing.getHeader("Location");
            assertThat(location).isIn(next.startsWith("//") ? List.of("/") : List.of(next));
        }
        return cookies;
    }

    private static String queryOf(String location) {
        String query = URI.create(location).getRawQuery();
        return query == null ? "" : "?" + query;
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0],
                    java.net.URLDecoder.decode(kv.length > 1 ? kv[1] : "", java.nio.charset.StandardCharsets.UTF_8));
        }
        return values;
    }
}
