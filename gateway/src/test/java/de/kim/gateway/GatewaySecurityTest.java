package de.kim.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The gateway as the public entry: strict security headers, and a rate limit per client. */
@QuarkusTest

class GatewaySecurityTest {

    @Test
    void everyAnswerCarriesStrictSecurityHeaders() {
        for (String path : List.of("/", "/worklist", "/api/cases", "/api/nowhere", "/q/health/live")) {
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
}
