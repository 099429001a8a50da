package de.kim.offers.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import de.kim.offers.offer.OfferFixtures;
import de.kim.platform.security.Roles;

/**
 * Search latency at 10 000 offers, through HTTP with a real token check, against real PostgreSQL.
 * Run: {@code ./mvnw -pl offer-service -am verify -Pbenchmark}. Prints p50/p99 per query shape;
 * it asserts only that the searches answer, because timings on a shared 2-core machine are noise
 * for a pass/fail decision.
 */
@QuarkusTest
@Tag("benchmark")
class OfferSearchBenchmarkTest {

    private static final int OFFERS = 10_000;
    private static final int WARM_UP = 100;
    private static final int RUNS = 400;
    private static final String[] WORDS = {"Sprachkurs", "Alphabetisierung", "Nähcafé", "Hausaufgabenhilfe",
            "Beratung", "Frauentreff", "Elterncafé", "Bewerbungstraining", "Sportgruppe", "Kita-Eingewöhnung",
            "Integrationskurs", "Gesprächskreis", "Ehrenamt", "Schwimmkurs", "Computerkurs"};

    @Inject
    EntityManager entityManager;

    @Test
    void searchLatencyAt10000Offers() {
        List<UUID> municipalities = seed();
        Map<String, java.util.function.Function<Random, RequestSpecification>> shapes = new java.util.LinkedHashMap<>();
        shapes.put("sub-region + category", r -> search().queryParam("subregion", r.nextBoolean() ? "NORD" : "SUED")
                .queryParam("category", r.nextBoolean() ? "LANGUAGE_COURSE" : "COUNSELLING"));
        shapes.put("municipality + phase + language", r -> search()
                .queryParam("municipality", municipalities.get(r.nextInt(municipalities.size())).toString())
                .queryParam("phase", "ORIENTIERUNG").queryParam("language", "ar"));
        shapes.put("full text", r -> search().queryParam("q", WORDS[r.nextInt(WORDS.length)] + "e"));
        shapes.put("full text + eligibility", r -> search().queryParam("q", WORDS[r.nextInt(WORDS.length)])
                .queryParam("eligibleAge", 30).queryParam("eligibleGender", "FEMALE")
                .queryParam("eligibleResidenceStatus", "TOLERATED"));

        System.out.printf("%nOffer search at %d offers (%d runs each, after %d warm-up; ms)%n", OFFERS, RUNS, WARM_UP);
        System.out.printf("%-34s %8s %8s %8s%n", "query", "p50", "p99", "max");
        Random random = new Random(42);
        for (var shape : shapes.entrySet()) {
            for (int i = 0; i < WARM_UP; i++) {
                shape.getValue().apply(random).get("/api/offers").then().statusCode(200);
            }
            double[] millis = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                RequestSpecification request = shape.getValue().apply(random);
                long start = System.nanoTime();
                request.get("/api/offers").then().statusCode(200);
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            System.out.printf("%-34s %8.1f %8.1f %8.1f%n", shape.getKey(), millis[RUNS / 2],
                    millis[(int) Math.ceil(RUNS * 0.99) - 1], millis[RUNS - 1]);
        }
        assertThat(search().queryParam("q", "Sprachkurse").get("/api/offers").jsonPath().getLong("total"))
                .isPositive();
    }

    private static RequestSpecification search() {
        return OfferFixtures.as(Roles.CASE_MANAGER).queryParam("size", 20);
    }

    /** 10 000 varied offers in 10 municipalities of two sub-regions, written with SQL for speed. */
    private List<UUID> seed() {
        List<UUID> municipalities = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            municipalities.add(UUID.randomUUID());
        }
        String provider = OfferFixtures.provider("Benchmark-Träger " + UUID.randomUUID(), null);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < municipalities.size(); i++) {
                entityManager.createNativeQuery("insert into region_place (id, kind, name, municipality_id, subregion,"
                        + " version) values (?1, 'MUNICIPALITY', ?2, ?1, ?3, 0)")
                        .setParameter(1, municipalities.get(i)).setParameter(2, "Gemeinde " + i)
                        .setParameter(3, i < 5 ? "NORD" : "SUED").executeUpdate();
            }
            entityManager
                    .createNativeQuery(
                            """
                                    insert into offer (id, provider_id, title, description, translations, category, field_of_action,
                                                       phases, target_groups, languages, municipality_id, schedule, capacity,
                                                       min_age, max_age, genders, residence_statuses, status, version)
                                    select gen_random_uuid(), cast(?1 as uuid),
                                           (array[%s])[1 + n %% 15] || ' ' || n,
                                           'Angebot Nummer ' || n || ' für Neuzugewanderte im Quartier, mit Kinderbetreuung',
                                           '{}'::jsonb,
                                           (array['LANGUAGE_COURSE','INTEGRATION_COURSE','LITERACY','CHILDCARE','SCHOOL','COUNSELLING',
                                                  'WORK_TRAINING','HEALTH','HOUSING','LEISURE_SPORT','VOLUNTEERING','MEETING_PLACE'])[1 + n %% 12],
                                           'HF' || (1 + n %% 6),
                                           (array['["ANKOMMEN"]','["ORIENTIERUNG"]','["ORIENTIERUNG","EINGEWOEHNUNG"]',
                                                  '["INTEGRATION"]'])[1 + n %% 4]::jsonb,
                                           '["Erwachsene"]'::jsonb,
                                           (array['["de"]','["de","ar"]','["de","fa","en"]'])[1 + n %% 3]::jsonb,
                                           (array[%s])[1 + n %% 10],
                                           '[]'::jsonb, 10 + n %% 20,
                                           case when n %% 5 = 0 then 18 end, case when n %% 7 = 0 then 27 end,
                                           case when n %% 4 = 0 then '["FEMALE"]' else '[]' end::jsonb,
                                           case when n %% 6 = 0 then '["RECOGNISED_REFUGEE"]' else '[]' end::jsonb,
                                           case when n %% 10 = 0 then 'DRAFT' else 'ACTIVE' end, 0
                                      from generate_series(1, %d) as n
                                    """
                                    .formatted(quoted(Arrays.asList(WORDS)), uuids(municipalities), OFFERS))
                    .setParameter(1, provider).executeUpdate();
            entityManager.createNativeQuery("analyze offer").executeUpdate();
        });
        return municipalities;
    }

    private static String quoted(List<String> words) {
        return String.join(",", words.stream().map(w -> "'" + w + "'").toList());
    }

    private static String uuids(List<UUID> ids) {
        return String.join(",", ids.stream().map(id -> "'" + id + "'::uuid").toList());
    }
}
