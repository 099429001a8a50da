package de.kim.offers.offer;

import static de.kim.offers.offer.OfferFixtures.as;
import static de.kim.offers.offer.OfferFixtures.offer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.platform.security.Roles;

/**
 * What an offer answer tells the one who decides: who runs it, where exactly (from the place replica), and its next
 * dates in German local time. Dates are placed in next year so that they lie ahead whenever the test runs.
 */
@QuarkusTest
class OfferContextTest {

    private static final ZoneOffset WINTER = ZoneOffset.ofHours(1);
    private static final ZoneOffset SUMMER = ZoneOffset.ofHours(2);

    KafkaBroker broker;

    private OfferFixtures fixtures;
    private UUID lunen;
    private String caritas;
    private int nextYear;

    @BeforeEach
    void places() {
        fixtures = new OfferFixtures(broker);
        lunen = fixtures.municipality("Lünen", "NORD");
        caritas = OfferFixtures.provider("Caritasverband " + UUID.randomUUID(), null);
        nextYear = LocalDate.now().getYear() + 1;
    }

    @Test
    void namesTheProviderAndThePlaceWithTheContactPointsAddress() {
        UUID lunenSued = fixtures.quarter(lunen, "Lünen-Süd");
        UUID michaelsheim = fixtures.contactPoint(lunen, lunenSued, "Michaelsheim", "Alsenstraße 13", "44536",
                "Lünen");
        Map<String, Object> body = offer(caritas, lunen, "Nähcafé für Frauen");
        body.put("place", Map.of("contactPointId", michaelsheim.toString()));
        String id = as(Roles.ADMIN).body(body).post("/api/offers").then().statusCode(201).extract().path("id");

        as(Roles.CASE_MANAGER).get("/api/offers/" + id).then().statusCode(200)
                .body("provider.id", equalTo(caritas))
                .body("provider.name", equalTo(providerName()))
                .body("place.municipalityName", equalTo("Lünen"))
                .body("place.quarterName", equalTo("Lünen-Süd"))
                .body("place.contactPointName", equalTo("Michaelsheim"))
                .body("place.contactPointAddress.street", equalTo("Alsenstraße 13"))
                .body("place.contactPointAddress.postalCode", equalTo("44536"))
                .body("place.street", nullValue());
        given().get("/api/offers/public/" + id).then().statusCode(200)
                .body("providerName", equalTo(providerName()))
                .body("place.contactPointName", equalTo("Michaelsheim"))
                .body("place.contactPointAddress.city", equalTo("Lünen"));
    }

    /** 10:00 stays 10:00 when Germany switches to summer time and back; the offset says which. */
    @Test
    void nextDatesKeepTheirLocalTimeAcrossTheSwitchOfSummerTime() {
        LocalDate springSaturday = lastSundayOf(3).minusDays(1);
        LocalDate autumnSaturday = lastSundayOf(10).minusDays(1);

        List<OffsetDateTime> spring = nextStarts(saturdaysAndMondaysFrom(springSaturday, null));
        List<OffsetDateTime> autumn = nextStarts(saturdaysAndMondaysFrom(autumnSaturday, null));

        assertThat(spring).containsExactly(at(springSaturday, WINTER), at(springSaturday.plusDays(2), SUMMER),
                at(springSaturday.plusDays(7), SUMMER));
        assertThat(autumn).containsExactly(at(autumnSaturday, SUMMER), at(autumnSaturday.plusDays(2), WINTER),
                at(autumnSaturday.plusDays(7), WINTER));
    }

    @Test
    void anEndingOfferHasNoDatesAfterItsLastDay() {
        LocalDate monday = LocalDate.of(nextYear, 1, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        Map<String, Object> body = offer(caritas, lunen, "Kurzkurs");
        body.put("startsOn", monday.toString());
        body.put("endsOn", monday.plusDays(8).toString());
        String id = as(Roles.ADMIN).body(body).post("/api/offers").then().statusCode(201).extract().path("id");

        List<String> starts = as(Roles.CASE_MANAGER).get("/api/offers/" + id).then().extract()
                .path("nextDates.starts");
        List<String> ends = as(Roles.CASE_MANAGER).get("/api/offers/" + id).then().extract().path("nextDates.ends");

        // Tuesdays 09:00-11:00 (OfferFixtures): the course's two Tuesdays, the second on its last day.
        assertThat(starts.stream().map(OffsetDateTime::parse).toList()).containsExactly(
                OffsetDateTime.of(monday.plusDays(1), LocalTime.of(9, 0), WINTER),
                OffsetDateTime.of(monday.plusDays(8), LocalTime.of(9, 0), WINTER));
        assertThat(OffsetDateTime.parse(ends.get(1)).toLocalTime()).isEqualTo(LocalTime.of(11, 0));
    }

    @Test
    void offersThatAreOverOrPausedHaveNoNextDates() {
        Map<String, Object> over = offer(caritas, lunen, "Vorbei");
        over.put("startsOn", LocalDate.now().minusMonths(2).toString());
        over.put("endsOn", LocalDate.now().minusDays(2).toString());
        Map<String, Object> paused = offer(caritas, lunen, "Pause");
        paused.put("startsOn", null);
        paused.put("endsOn", null);
        paused.put("status", "PAUSED");
        String overId = as(Roles.ADMIN).body(over).post("/api/offers").then().statusCode(201).extract().path("id");
        String pausedId = as(Roles.ADMIN).body(paused).post("/api/offers").then().statusCode(201).extract()
                .path("id");

        as(Roles.CASE_MANAGER).get("/api/offers/" + overId).then().body("nextDates", empty());
        as(Roles.CASE_MANAGER).get("/api/offers/" + pausedId).then().body("nextDates", empty());
    }

    private Map<String, Object> saturdaysAndMondaysFrom(LocalDate startsOn, LocalDate endsOn) {
        Map<String, Object> body = offer(caritas, lunen, "Wochenendkurs");
        body.put("schedule", List.of(Map.of("day", "MONDAY", "starts", "10:00", "ends", "12:00"),
                Map.of("day", "SATURDAY", "starts", "10:00", "ends", "12:00")));
        body.put("startsOn", startsOn.toString());
        body.put("endsOn", endsOn == null ? null : endsOn.toString());
        return body;
    }

    /** The public directory shows the same dates as staff see. */
    private List<OffsetDateTime> nextStarts(Map<String, Object> body) {
        String id = as(Roles.ADMIN).body(body).post("/api/offers").then().statusCode(201).extract().path("id");
        List<String> staff = as(Roles.CASE_MANAGER).get("/api/offers/" + id).then().statusCode(200).extract()
                .path("nextDates.starts");
        List<String> visitors = given().get("/api/offers/public/" + id).then().statusCode(200).extract()
                .path("nextDates.starts");
        assertThat(visitors).isEqualTo(staff);
        return staff.stream().map(OffsetDateTime::parse).toList();
    }

    private LocalDate lastSundayOf(int month) {
        return LocalDate.of(nextYear, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
    }

    private static OffsetDateTime at(LocalDate day, ZoneOffset offset) {
        return OffsetDateTime.of(day, LocalTime.of(10, 0), offset);
    }

    private String providerName() {
        return as(Roles.CASE_MANAGER).get("/api/offers/providers/" + caritas).then().extract().path("name");
    }
}
