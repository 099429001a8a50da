package de.kim.localinfra.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Loads the DEMO district (deploy/demo/kreis-unna.json) through the gateway's public API as the
 * DEMO admin, so the demo exercises the same path as any agency system. Entries that exist already
 * (by their natural key) are skipped, so loading twice changes nothing; only demo offers whose texts
 * the file has changed since are brought up to it. With the synthetic caseload on, its case managers join the
 * sub-regions' teams, so that people's names (and whom to call) show where their cases do. Usage:
 * {@code DemoDataLoader <gateway-url> <keycloak-url> <file> [<caseload: on|off|households>]}.
 */
public final class DemoDataLoader {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String gateway;
    private final String token;
    private int created;
    private int updated;

    private DemoDataLoader(String gateway, String token) {
        this.gateway = gateway;
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3 || args.length > 4) {
            System.err.println("usage: DemoDataLoader <gateway-url> <keycloak-url> <file> [on|off|<households>]");
            System.exit(2);
        }
        DemoDataLoader loader = new DemoDataLoader(args[0], demoAdminToken(args[1]));
        JsonNode demo = new ObjectMapper().readTree(Path.of(args[2]).toFile());
        loader.load(demo);
        int households = args.length < 4 || args[3].equals("off")
                ? 0
                : args[3].equals("on") ? DemoCaseloadTeam.DEFAULT_HOUSEHOLDS : Integer.parseInt(args[3]);
        if (households > 0) {
            loader.createMissing("team-members", DemoCaseloadTeam.members(demo.get("subregions"), households),
                    e -> e.get("subject").asText(), e -> e.get("subject").asText());
            System.out.println("demo data: the synthetic caseload's case managers are on the teams");
        }
    }

    private void load(JsonNode demo) throws Exception {
        createMissing("subregions", demo.get("subregions"), e -> e.get("code").asText(),
                e -> e.get("code").asText());
        createMissing("municipalities", demo.get("municipalities"), e -> e.get("ags").asText(),
                e -> e.get("ags").asText());
        createMissing("quarters", resolve(demo.get("quarters")), DemoDataLoader::placeKey, DemoDataLoader::placeKey);
        createMissing("accommodations", resolve(demo.get("accommodations")), DemoDataLoader::placeKey,
                DemoDataLoader::placeKey);
        createMissing("contact-points", resolve(demo.get("contactPoints")), DemoDataLoader::placeKey,
                DemoDataLoader::placeKey);
        createMissing("posts", resolve(demo.get("posts")),
                e -> e.get("municipalityId").asText() + "|" + e.get("role").asText(),
                e -> e.get("municipalityId").asText() + "|" + e.get("role").asText());
        Function<JsonNode, String> memberKey = e -> e.get("subject").asText() + "|" + e.get("subregion").asText()
                + "|" + e.get("role").asText();
        createMissing("team-members", demo.get("teamMembers"), memberKey, memberKey);
        updateContacts(demo.get("teamMembers"), memberKey);
        createMissing("/api/offers/providers", demo.get("providers"), e -> e.get("code").asText(),
                e -> e.get("code").asText());
        List<JsonNode> offers = resolveOffers(demo.get("offers"));
        createMissing("/api/offers", offers, DemoDataLoader::offerKey, DemoDataLoader::offerKey);
        updateOfferTexts(offers);
        System.out.println("demo data: Kreis Unna loaded (" + created + " new entries, " + updated
                + " brought up to the file)");
    }

    /**
     * A data directory made with an older file keeps the older texts of its demo offers: a demo offer whose
     * description, translations or internal note differ from the file's is replaced by the file's entry.
     */
    private void updateOfferTexts(List<JsonNode> offers) throws Exception {
        Map<String, JsonNode> existing = new HashMap<>();
        for (JsonNode item : list("/api/offers", null)) {
            existing.put(offerKey(item), item);
        }
        for (JsonNode entry : offers) {
            JsonNode current = existing.get(offerKey(entry));
            if (current == null || !textsDiffer(current, entry)) {
                continue;
            }
            replace("/api/offers/" + current.get("id").asText(), entry);
        }
    }

    /** Replaces an entry by the file's (PUT with its current ETag). */
    private void replace(String path, JsonNode entry) throws Exception {
        String etag = exchange("GET", path, null, null).headers().firstValue("ETag")
                .orElseThrow(() -> new IllegalStateException("GET " + path + " answered without an ETag"));
        HttpResponse<String> response = exchange("PUT", path, json.writeValueAsString(entry), etag);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("PUT " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        updated++;
    }

    /** Team members made before they had a work phone and e-mail get them from the file. */
    private void updateContacts(JsonNode members, Function<JsonNode, String> key) throws Exception {
        Map<String, JsonNode> existing = new HashMap<>();
        for (JsonNode item : list("team-members", null)) {
            existing.put(key.apply(item), item);
        }
        for (JsonNode entry : members) {
            JsonNode current = existing.get(key.apply(entry));
            if (current != null && (!orNull(current.get("phone")).equals(orNull(entry.get("phone")))
                    || !orNull(current.get("email")).equals(orNull(entry.get("email"))))) {
                replace("/api/regions/team-members/" + current.get("id").asText(), entry);
            }
        }
    }

    private static boolean textsDiffer(JsonNode current, JsonNode entry) {
        for (String field : List.of("description", "translations", "internalNote")) {
            if (!orNull(current.get(field)).equals(orNull(entry.get(field)))) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode orNull(JsonNode node) {
        return node == null ? NullNode.getInstance() : node;
    }

    private static String offerKey(JsonNode offer) {
        return offer.get("providerId").asText() + "|" + offer.get("title").asText();
    }

    /** Replaces the natural references "municipality" (AGS) and "quarter" (name) by ids. */
    private List<JsonNode> resolve(JsonNode entries) throws Exception {
        List<JsonNode> resolved = new ArrayList<>();
        for (JsonNode entry : entries) {
            ObjectNode copy = entry.deepCopy();
            String municipalityId = idOf("municipalities", "ags", copy.remove("municipality").asText(), null);
            copy.put("municipalityId", municipalityId);
            JsonNode quarter = copy.remove("quarter");
            if (quarter != null) {
                copy.put("quarterId", idOf("quarters", "name", quarter.asText(), municipalityId));
            }
            resolved.add(copy);
        }
        return resolved;
    }

    /** Provider codes and the place's natural keys become ids. */
    private List<JsonNode> resolveOffers(JsonNode offers) throws Exception {
        List<JsonNode> resolved = new ArrayList<>();
        for (JsonNode offer : offers) {
            ObjectNode copy = offer.deepCopy();
            copy.put("providerId", idOf("/api/offers/providers", "code", copy.remove("provider").asText(), null));
            JsonNode place = copy.remove("place");
            String municipalityId = idOf("municipalities", "ags", place.get("municipality").asText(), null);
            ObjectNode ids = json.createObjectNode().put("municipalityId", municipalityId);
            if (place.has("quarter")) {
                ids.put("quarterId", idOf("quarters", "name", place.get("quarter").asText(), municipalityId));
            }
            if (place.has("contactPoint")) {
                ids.put("contactPointId",
                        idOf("contact-points", "name", place.get("contactPoint").asText(), municipalityId));
            }
            copy.set("place", ids);
            resolved.add(copy);
        }
        return resolved;
    }

    private static String placeKey(JsonNode entry) {
        return entry.get("municipalityId").asText() + "|" + entry.get("name").asText();
    }

    private void createMissing(String collection, Iterable<JsonNode> entries, Function<JsonNode, String> keyOfExisting,
            Function<JsonNode, String> keyOfEntry) throws Exception {
        List<String> existing = new ArrayList<>();
        for (JsonNode item : list(collection, null)) {
            existing.add(keyOfExisting.apply(item));
        }
        for (JsonNode entry : entries) {
            if (!existing.contains(keyOfEntry.apply(entry))) {
                post(path(collection), json.writeValueAsString(entry));
                created++;
            }
        }
    }

    private String idOf(String collection, String field, String value, String municipalityId) throws Exception {
        for (JsonNode item : list(collection, municipalityId)) {
            if (item.get(field).asText().equals(value)) {
                return item.get("id").asText();
            }
        }
        throw new IllegalStateException("demo data refers to unknown " + collection + " " + value);
    }

    private List<JsonNode> list(String collection, String municipalityId) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0;; page++) {
            String query = "?size=100&page=" + page + (municipalityId == null ? "" : "&municipality=" + municipalityId);
            JsonNode body = json.readTree(send("GET", path(collection) + query, null, 200));
            body.get("items").forEach(items::add);
            if (body.get("items").size() < 100) {
                return items;
            }
        }
    }

    private String send(String method, String path, String body, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> response = exchange(method, path, body, null);
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    /**
     * Creates an entry. Other services learn about places through events a moment after the
     * region-service has them, so a place they do not know yet (422) is tried again for a while.
     */
    private void post(String path, String body) throws IOException, InterruptedException {
        for (int attempt = 1;; attempt++) {
            HttpResponse<String> response = exchange("POST", path, body, null);
            if (response.statusCode() == 201) {
                return;
            }
            if (response.statusCode() != 422 || attempt == 40) {
                throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            Thread.sleep(250);
        }
    }

    /** One call, as a polite client: when the gateway's rate limit answers 429, wait as long as it says. */
    private HttpResponse<String> exchange(String method, String path, String body, String ifMatch)
            throws IOException, InterruptedException {
        for (int attempt = 1;; attempt++) {
            HttpResponse<String> response = http.send(request(method, path, body, ifMatch),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 429 || attempt == 10) {
                return response;
            }
            long seconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
            Thread.sleep(Duration.ofSeconds(Math.max(1, seconds)).toMillis());
        }
    }

    private HttpRequest request(String method, String path, String body, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.build();
    }

    /** A region collection by name ("quarters"), or a full API path. */
    private static String path(String collection) {
        return collection.startsWith("/") ? collection : "/api/regions/" + collection;
    }

    /** The DEMO admin (password "demo-password") through the public client kim-cli. */
    private static String demoAdminToken(String keycloak) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=kim-cli&username=admin&password=demo-password";
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak + "/realms/kim/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token for the demo admin: " + response.statusCode());
        }
        return new ObjectMapper().readTree(response.body()).get("access_token").asText();
    }
}
