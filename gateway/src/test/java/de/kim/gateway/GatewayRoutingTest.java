package de.kim.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest

class GatewayRoutingTest {

    @Test
    void passesRequestWithTokenPathAndQueryToTheOwningService() {
        given().header("Authorization", "Bearer abc.def.ghi").queryParam("subregion", "NORD")
                .get("/api/cases/reference/municipalities")
                .then().statusCode(200)
                .body("method", equalTo("GET"))
                .body("uri", equalTo("/api/cases/reference/municipalities?subregion=NORD"))
                .body("headers.authorization", equalTo("Bearer abc.def.ghi"));
    }

    @Test
    void passesBodyOfWrites() {
        given().contentType(ContentType.JSON).body("{\"name\":\"VHS\"}")
                .post("/api/offers/providers")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("body", equalTo("{\"name\":\"VHS\"}"))
                .body("headers.content-type", containsString("application/json"));
    }

    @Test
    void addsRequestIdAndTraceContext() {
        given().get("/api/views/jobcenter")
                .then().statusCode(200)
                .header("X-Request-Id", notNullValue())
                .body("headers.x-request-id", notNullValue())
                .body("headers.traceparent", matchesPattern("00-[0-9a-f]{32}-[0-9a-f]{16}-01"));
    }

    @Test
    void keepsCallersTraceContextAndRequestId() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        given().header("traceparent", traceparent).header("X-Request-Id", "agency-42")
                .get("/api/referrals")
                .then().statusCode(200)
                .body("headers.traceparent", equalTo(traceparent))
                .body("headers.x-request-id", equalTo("agency-42"));
    }

    @Test
    void replacesForwardingHeadersTheCallerMadeUp() {
        given().header("X-Forwarded-For", "10.9.8.7").header("X-Real-IP", "10.9.8.7")
                .get("/api/cases")
                .then().statusCode(200)
                .body("headers.x-forwarded-for", equalTo("127.0.0.1"))
                .body("headers.x-real-ip", nullValue());
    }

    @Test
    void answersServiceDownWith503ProblemNamingTheService() {
        given().get("/api/regions/municipalities")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:kim:problem:service-unavailable"))
                .body("service", equalTo("region-service"));
    }

    @Test
    void answersUnknownApiPathWith404Problem() {
        given().get("/api/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void rejectsOversizedBodyWith413Problem() {
        given().contentType(ContentType.JSON).body("x".repeat(2 * 1024 * 1024))
                .post("/api/cases")
                .then().statusCode(413)
                .contentType("application/problem+json");
    }
}
