package de.kim.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The gateway as the public entry: strict security headers, and a rate limit per client. */
@QuarkusTest

class GatewaySecurityTest {

    @Test
    void everyAnswerCarriesStrictSecurityHeaders() {
        for (String path : List.of("/", "/worklist", "/api/cases", "/api/nowhere", "/q/metrics")) {
            given().get(path).then()
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", org.hamcrest.Matchers.not(containsString("unsafe-inline")))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("Referrer-Policy", equalTo("no-referrer"))
                    .header("Strict-Transport-Security", nullValue());
        }
        given().header("X-Forwarded-Proto", "https").get("/api/cases").then()
                .header("Strict-Transport-Security", containsString("max-age=31536000"));
    }

    @Test
    void aClientBeyondItsRateGets429WithRetryAfterAndOthersGoOn() {
        String greedy = "Bearer greedy." + UUID.randomUUID();
        List<Integer> statuses = new ArrayList<>();
        Response limited = null;
        for (int i = 0; i < 60; i++) {
            Response response = given().header("Authorization", greedy).get("/api/cases");
            statuses.add(response.statusCode());
            if (response.statusCode() == 429 && limited == null) {
                limited = response;
            }
        }
        assertThat(statuses).contains(200, 429);
        assertThat(statuses.subList(0, 30)).containsOnly(200);
        assertThat(limited.getHeader("Retry-After")).matches("[1-9][0-9]*");
        assertThat(limited.getContentType()).startsWith("application/problem+json");
        assertThat(limited.<String>path("type")).isEqualTo("urn:kim:problem:too-many-requests");

        given().header("Authorization", "Bearer modest." + UUID.randomUUID()).get("/api/cases").then()
                .statusCode(200);
    }

    @Test
    void inventedTokensDoNotLiftTheLimitOfAnAddress() throws InterruptedException {
        try {
            List<Integer> anonymous = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                anonymous.add(given().get("/api/cases").statusCode());
            }
            assertThat(anonymous).contains(429);
            // The address's anonymous bucket is empty: a token no service accepted counts as anonymous, so invented
            // ones get what refills (5 per second), not a bucket each.
            List<Integer> invented = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                invented.add(given().header("Authorization", "Bearer invented." + UUID.randomUUID()).get("/api/cases")
                        .statusCode());
            }
            assertThat(invented.stream().filter(status -> status == 429).count()).as("%s", invented)
                    .isGreaterThanOrEqualTo(20);
        } finally {
            Thread.sleep(9_000); // full again (5 per second up to 40) for the other tests
        }
    }

    @Test
    void answersWithPersonalDataAreNeverStoredAndPublicOnesKeepTheirCaching() {
        given().get("/api/cases/3f1c2a7e-0000-4000-8000-000000000001").then().statusCode(200)
                .header("Cache-Control", "no-store");
        given().get("/api/offers/public").then().statusCode(200)
                .header("Cache-Control", "public, max-age=300");
        given().get("/api/regions/municipalities").then().statusCode(503).header("Cache-Control", "no-store");
    }

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void metricsAreOnTheManagementInterfaceAndNameRoutesNotPaths() {
        String caseId = UUID.randomUUID().toString();
        given().get("/api/views/jugendamt/cases/" + caseId).then().statusCode(200);
        given().get("/api/cases/" + caseId + "/consents/" + UUID.randomUUID() + "/revoke").then().statusCode(200);
        given().get("/faelle/" + caseId).then().statusCode(200);
        given().get("/q/metrics").then().statusCode(404);

        String exposed = given().get(metrics).then().statusCode(200).extract().asString();
        assertThat(exposed).contains("http_server_requests_seconds_count").contains("uri=\"/api/views/*\"")
                .doesNotContain(caseId)
                .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }
}
