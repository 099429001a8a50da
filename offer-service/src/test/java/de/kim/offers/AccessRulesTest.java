package de.kim.offers;

import static de.kim.offers.offer.OfferFixtures.as;
import static io.restassured.RestAssured.given;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import de.kim.platform.security.Roles;

/** Every read endpoint of the offer API, both ways: who may read it, who may not, and what is public. */
@QuarkusTest
class AccessRulesTest {

    private static final List<String> STAFF_READS = List.of("/api/offers", "/api/offers/coverage",
            "/api/offers/providers");
    private static final List<String> PUBLIC_READS = List.of("/api/offers/public", "/api/offers/hsds/services",
            "/api/offers/hsds/organizations");

    @Test
    void staffReadOffersCoverageAndProviders() {
        for (String path : STAFF_READS) {
            for (String role : List.of(Roles.CASE_MANAGER, Roles.COORDINATOR, Roles.AUTHORITY_STAFF,
                    Roles.PROVIDER_STAFF, Roles.ANALYST, Roles.ADMIN, Roles.AGENCY_SYSTEM)) {
                as(role).get(path).then().statusCode(200);
            }
        }
    }

    @Test
    void dataProtectionOfficerAndAnonymousCallersDoNot() {
        for (String path : STAFF_READS) {
            as(Roles.DPO).get(path).then().statusCode(403);
            given().get(path).then().statusCode(401);
        }
    }

    @Test
    void referralsAreForProvidersCoordinatorsAndAdminsOnly() {
        for (String role : List.of(Roles.PROVIDER_STAFF, Roles.COORDINATOR, Roles.ADMIN)) {
            as(role).get("/api/referrals").then().statusCode(200);
        }
        for (String role : List.of(Roles.CASE_MANAGER, Roles.AUTHORITY_STAFF, Roles.ANALYST, Roles.DPO,
                Roles.AGENCY_SYSTEM)) {
            as(role).get("/api/referrals").then().statusCode(403);
        }
        given().get("/api/referrals").then().statusCode(401);
    }

    @Test
    void theDirectoryAndItsOpenReferralExportArePublic() {
        for (String path : PUBLIC_READS) {
            given().get(path).then().statusCode(200);
        }
    }
}
