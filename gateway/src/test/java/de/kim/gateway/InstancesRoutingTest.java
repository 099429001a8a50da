package de.kim.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The case-service's three instances of {@link EchoServiceResource}: "a", one that is down, and "b". The gateway spreads
 * requests over the live ones, never lets the dead one show, sends a broken-off read again elsewhere, and answers a
 * broken-off change with 502 without sending it again.
 */
@QuarkusTest
class InstancesRoutingTest {

    /** A bearer token of its own per test: its own bucket of the gateway's rate limit, not the address's. */
    private final String token = "instances." + UUID.randomUUID();

    private RequestSpecification client() {
        return given().auth().oauth2(token);
    }

    @Test
    void spreadsRequestsOverTheLiveInstancesAndNeverShowsTheDeadOne() {
        Map<String, Integer> served = new HashMap<>();
        for (int i = 0; i < 30; i++) {
            String instance = client().get("/api/cases/spread").then().statusCode(200).extract().path("instance");
            served.merge(instance, 1, Integer::sum);
        }
        assertThat(served.keySet()).containsExactlyInAnyOrder("a", "b");
        assertThat(served.values()).as("each live instance a fair share")
                .allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(5));
        for (int i = 0; i < 6; i++) {
            client().contentType(ContentType.JSON).body("{}").post("/api/cases/spread-writes").then().statusCode(200);
        }
        assertThat(EchoServiceResource.RECEIVED.get("a POST /api/cases/spread-writes")
                + EchoServiceResource.RECEIVED.get("b POST /api/cases/spread-writes"))
                .as("each change sent once, none lost at the dead instance").isEqualTo(6);
    }

    @Test
    void aReadAnInstanceBrokeOffGoesToAnotherOne() {
        for (int i = 0; i < 6; i++) {
            client().get("/api/cases/read/broken-off").then().statusCode(200).body("instance", equalTo("a"));
        }
        assertThat(EchoServiceResource.RECEIVED.get("b GET /api/cases/read/broken-off")).isPositive();
    }

    @Test
    void aChangeAnInstanceBrokeOffAnswers502AndIsNotSentAgain() {
        Map<Integer, Integer> statuses = new HashMap<>();
        for (int i = 0; i < 6; i++) {
            var answer = client().contentType(ContentType.JSON).body("{\"text\":\"Notiz\"}")
                    .post("/api/cases/write/broken-off").then().extract();
            statuses.merge(answer.statusCode(), 1, Integer::sum);
            if (answer.statusCode() == 502) {
                assertThat(answer.contentType()).startsWith("application/problem+json");
                assertThat(answer.<String>path("type")).isEqualTo("urn:kim:problem:service-broke-off");
                assertThat(answer.<String>path("service")).isEqualTo("case-service");
            }
        }
        assertThat(statuses.keySet()).as("served by a, broken off by b").containsExactlyInAnyOrder(200, 502);
        assertThat(EchoServiceResource.RECEIVED.get("b POST /api/cases/write/broken-off"))
                .as("b got exactly the changes answered 502").isEqualTo(statuses.get(502));
        assertThat(EchoServiceResource.RECEIVED.get("a POST /api/cases/write/broken-off"))
                .as("a got exactly the changes answered 200: none sent again").isEqualTo(statuses.get(200));
    }
}
