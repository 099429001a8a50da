package de.kim.cases;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Works on one case as a case manager of its sub-region would: every change sends the ETag last read as If-Match
 * and keeps the new one.
 */
public final class CaseClient {

    public final String subregion;
    public final String id;
    private long version;
    private ExtractableResponse<Response> last;

    private CaseClient(String subregion, String id, long version) {
        this.subregion = subregion;
        this.id = id;
        this.version = version;
    }

    /** Opens a case of one person in a municipality of the sub-region. */
    public static CaseClient open(UUID municipality, String subregion, Map<String, Object> person) {
        return new CaseClient(subregion, CaseFixtures.openCase(municipality, subregion, person), 0);
    }

    /** A case opened otherwise, worked on from its current version on. */
    public static CaseClient of(String subregion, String id) {
        CaseClient client = new CaseClient(subregion, id, 0);
        client.read();
        return client;
    }

    /**
     * Lets the authority take part in the case and shares the categories with it on the household's consent: the
     * usual start of cross-authority work, after which the authority's view shows the case.
     */
    public ExtractableResponse<Response> shareWith(String authority, String... categories) {
        post("/participations", Map.of("authority", authority, "since", "2026-01-01"));
        return post("/consents", Map.of("recipientKind", "AUTHORITY", "recipient", authority, "categories",
                List.of(categories), "purpose", "Vermittlung", "legalBasis", "CONSENT", "documentReference", "S. 4",
                "grantedOn", "2026-01-01"));
    }

    public long version() {
        return version;
    }

    /** The case as the last read or change returned it. */
    public ExtractableResponse<Response> last() {
        return last;
    }

    /** POSTs to a path below the case, expecting 200, and keeps the new version. */
    public ExtractableResponse<Response> post(String path, Object body) {
        return keep(send(body).post("/api/cases/" + id + path));
    }

    /** PUTs to the case itself ("") or a path below it, expecting 200, and keeps the new version. */
    public ExtractableResponse<Response> put(String path, Object body) {
        return keep(send(body).put("/api/cases/" + id + path));
    }

    public ExtractableResponse<Response> read() {
        ExtractableResponse<Response> response = CaseFixtures.caseManager(subregion).get("/api/cases/" + id).then()
                .statusCode(200).extract();
        version = versionOf(response);
        last = response;
        return response;
    }

    /** The request as it would go out, for tests of what is refused. */
    public RequestSpecification send(Object body) {
        RequestSpecification request = CaseFixtures.caseManager(subregion).header("If-Match", "\"" + version + "\"");
        return body == null ? request : request.body(body);
    }

    private ExtractableResponse<Response> keep(Response response) {
        ExtractableResponse<Response> extracted = response.then().statusCode(200).extract();
        version = versionOf(extracted);
        last = extracted;
        return extracted;
    }

    public static long versionOf(ExtractableResponse<Response> response) {
        return Long.parseLong(response.header("ETag").replace("\"", "").replace("W/", ""));
    }
}
