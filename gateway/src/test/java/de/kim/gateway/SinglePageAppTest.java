package de.kim.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The browser app as the gateway serves it: every screen's address gets the app's page (a reload or a bookmark
 * works), bundles are cached for good, the page never; the API documents with Swagger UI are for admins only.
 */
@QuarkusTest
class SinglePageAppTest {

    @ConfigProperty(name = "keycloak.url")
    String keycloak;

    @Test
    void everyScreenAddressGetsTheAppPageWithoutInlineScript() {
        for (String path : List.of("/", "/worklist", "/cases/0b6c1f5e-7d1a-4a55-9f60-3f7c6a1d2e11", "/public")) {
            String page = given().accept("text/html").get(path).then().statusCode(200)
                    .contentType(containsString("text/html")).header("Cache-Control", equalTo("no-cache"))
                    .extract().asString();
            assertThat(page).contains("<div id=\"root\"></div>").contains("src=\"/assets/");
            assertThat(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>"); // the CSP allows no inline script
        }
    }

    @Test
    void bundlesAreCachedForGoodAndServicePathsAreNotTheApp() {
        String page = given().get("/").asString();
        Matcher bundle = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(page);
        assertThat(bundle.find()).isTrue();
        given().get(bundle.group(1)).then().statusCode(200).contentType(containsString("javascript"))
                .header("Cache-Control", containsString("immutable"));
        given().get("/assets/nothing-here.js").then().statusCode(404).header("Cache-Control",
                org.hamcrest.Matchers.not(containsString("immutable")));
        // Paths of the services and the gateway stay theirs (here: the echo service behind /api/cases).
        given().get("/api/cases/worklist").then().statusCode(200).body("uri", equalTo("/api/cases/worklist"));
        given().get("/auth/session").then().contentType(containsString("json"));
        given().get("/api").then().body(org.hamcrest.Matchers.not(containsString("id=\"root\"")));
        given().get("/q/health/live").then().statusCode(404); // on the management interface only
        given().accept("application/json").get("/api-docs/index.json").then().statusCode(401);
    }

    @Test
    void apiDocumentsAreForAdminsOnly() {
        // A browser without a session goes to the login and comes back; a script gets 401 problem+json.
        Response browser = given().redirects().follow(false).accept("text/html").get("/api-docs");
        assertThat(browser.statusCode()).isEqualTo(302);
        assertThat(browser.getHeader("Location")).isEqualTo("/auth/login?next=%2Fapi-docs");
        for (String path : List.of("/api-docs", "/api-docs/index.json", "/api-docs/case-service.yaml")) {
            given().accept("application/json").get(path).then().statusCode(401)
                    .contentType("application/problem+json");
        }
        // The page itself only through that check.
        given().get("/api-docs.html").then().statusCode(404);

        Map<String, String> admin = TestLogin.login(keycloak, "/api-docs");
        given().cookies(admin).accept("text/html").get("/api-docs").then().statusCode(200)
                .body(containsString("id=\"swagger-ui\"")).body(containsString("src=\"/assets/"))
                // Swagger UI sets inline styles; scripts stay restricted to our own origin.
                .header("Content-Security-Policy", containsString("style-src 'self' 'unsafe-inline'"))
                .header("Content-Security-Policy", containsString("script-src 'self';"));
        given().cookies(admin).get("/api-docs/index.json").then().statusCode(200)
                .body("name", hasItems("case-service", "offer-service", "region-service"))
                .body("url", hasItems("/api-docs/case-service.yaml"));
        // The document is fetched live from the service; one that is down is named in a 503.
        given().cookies(admin).get("/api-docs/region-service.yaml").then().statusCode(503)
                .body("service", equalTo("region-service"));
    }
}
