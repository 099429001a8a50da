package de.kim.localinfra.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import de.kim.localinfra.openapi.ApiOperations;
import de.kim.localinfra.openapi.ApiOperations.Operation;

/**
 * Hostile requests for one operation, derived from its OpenAPI schema: garbage in typed path and query parameters,
 * malformed and oversized bodies, and bodies built from the schema with one property made invalid (wrong type, script
 * or SQL where an id, date, number, code or choice belongs, a huge string, a huge array). The other properties get
 * plausible values, but ids in them name nothing, so a body may also fail for those. Every request the generator marks
 * {@code mustBeRejected} is invalid by construction; free-text parameters get the payloads too but may legitimately
 * find nothing (200).
 */
final class HostileRequests {

    /** Payloads for typed values: injection attempts, markup, path tricks, a number too long for any type. */
    static final List<String> PAYLOADS = List.of("' OR '1'='1' --", "1; DROP TABLE case_file; --",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "../../../etc/passwd", "${jndi:ldap://x/a}",
            "99999999999999999999999999", "NaN", "\u0000");
    private static final int HUGE_STRING = 100_000;
    private static final int HUGE_ARRAY = 5_000;
    /** The services' limit (quarkus.http.limits.max-body-size). */
    static final int BODY_LIMIT = 1024 * 1024;
    private static final int OVERSIZED_BODY = 3 * BODY_LIMIT;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A request: the raw (already encoded) path and query, the body bytes (null: none). */
    record HostileRequest(String what, String method, String pathAndQuery, String contentType, byte[] body,
            boolean mustBeRejected) {
    }

    private final ApiOperations api;
    private final Map<String, String> pathSamples;

    HostileRequests(ApiOperations api, Map<String, String> pathSamples) {
        this.api = api;
        this.pathSamples = pathSamples;
    }

    List<HostileRequest> of(Operation operation) {
        List<HostileRequest> requests = new ArrayList<>();
        String path = encodePath(api.concretePath(operation, pathSamples));
        byte[] sample = operation.hasBody() ? bytes(api.sample(api.bodySchema(operation))) : null;
        pathParameters(operation, requests, sample);
        queryParameters(operation, path, requests, sample);
        if (operation.hasBody()) {
            bodies(operation, path, requests);
        }
        return requests;
    }

    private void pathParameters(Operation operation, List<HostileRequest> requests, byte[] body) {
        for (JsonNode parameter : api.parameters(operation, "path")) {
            String name = parameter.path("name").asText();
            List<String> values = new ArrayList<>(PAYLOADS.stream().map(HostileRequests::encode).toList());
            values.add("%C3%28"); // invalid UTF-8
            values.add("x".repeat(5_000));
            for (String value : values) {
                Map<String, String> samples = new LinkedHashMap<>(pathSamples);
                samples.put(name, "\u0001MARK\u0001");
                String concrete = encodePath(api.concretePath(operation, samples)).replace("%01MARK%01", value);
                requests.add(request(operation, "path " + name + "=" + abbreviate(value), concrete, body, true));
            }
        }
    }

    private void queryParameters(Operation operation, String path, List<HostileRequest> requests, byte[] body) {
        for (JsonNode parameter : api.parameters(operation, "query")) {
            String name = parameter.path("name").asText();
            JsonNode schema = api.resolve(parameter.path("schema"));
            boolean typed = isTyped(schema) && !"boolean".equals(schema.path("type").asText());
            List<String> values = new ArrayList<>(PAYLOADS.stream().map(HostileRequests::encode).toList());
            values.add("%C3%28");
            values.add("x".repeat(3_000));
            for (String value : values) {
                requests.add(request(operation, "query " + name + "=" + abbreviate(value),
                        path + "?" + name + "=" + value, body, typed));
            }
        }
    }

    private void bodies(Operation operation, String path, List<HostileRequest> requests) {
        String method = operation.method();
        for (String malformed : List.of("", "{", "{\"a\":}", "[1, 2", "nul", "\"a string\"", "12", "[]",
                "{\"notAField\": 1}", "[".repeat(5_000) + "]".repeat(5_000))) {
            requests.add(new HostileRequest("body " + abbreviate(malformed), method, path, "application/json",
                    malformed.getBytes(StandardCharsets.UTF_8), true));
        }
        requests.add(new HostileRequest("body of invalid UTF-8", method, path, "application/json",
                new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}, true));
        requests.add(new HostileRequest("body as text/plain", method, path, "text/plain",
                "{}".getBytes(StandardCharsets.UTF_8), true));
        byte[] oversized = new byte[OVERSIZED_BODY];
        java.util.Arrays.fill(oversized, (byte) ' ');
        oversized[0] = '{';
        oversized[oversized.length - 1] = '}';
        requests.add(new HostileRequest("body of 3 MB", method, path, "application/json", oversized, true));

        JsonNode schema = api.bodySchema(operation);
        if (!(api.sample(schema) instanceof ObjectNode sample)) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> property = it.next();
            JsonNode propertySchema = api.resolve(property.getValue());
            for (Map.Entry<String, JsonNode> variant : variants(propertySchema).entrySet()) {
                ObjectNode body = sample.deepCopy();
                body.set(property.getKey(), variant.getValue());
                requests.add(new HostileRequest(property.getKey() + ": " + variant.getKey(), method, path,
                        "application/json", bytes(body), true));
            }
        }
    }

    /** Values that make a property invalid, by what the schema says belongs there. */
    private Map<String, JsonNode> variants(JsonNode schema) {
        Map<String, JsonNode> variants = new LinkedHashMap<>();
        String type = schema.path("type").asText();
        switch (type) {
            case "string" -> {
                variants.put("object instead of string", NODES.objectNode().put("a", 1));
                variants.put("array instead of string", NODES.arrayNode().add("a"));
                variants.put("huge string", NODES.textNode("x".repeat(HUGE_STRING)));
                if (isTyped(schema)) {
                    PAYLOADS.forEach(payload -> variants.put(abbreviate(payload), NODES.textNode(payload)));
                }
            }
            case "integer", "number" -> {
                variants.put("text instead of number", NODES.textNode("<script>alert(1)</script>"));
                variants.put("number too long", NODES.numberNode(new java.math.BigInteger("9".repeat(40))));
                variants.put("object instead of number", NODES.objectNode());
            }
            case "boolean" -> variants.put("object instead of boolean", NODES.objectNode());
            case "array" -> {
                variants.put("string instead of array", NODES.textNode("' OR 1=1 --"));
                ArrayNode huge = NODES.arrayNode();
                JsonNode item = api.sample(schema.path("items"));
                for (int i = 0; i < HUGE_ARRAY; i++) {
                    huge.add(item);
                }
                variants.put("huge array", huge);
            }
            default -> {
                variants.put("string instead of object", NODES.textNode("<script>alert(1)</script>"));
                variants.put("array instead of object", NODES.arrayNode().add(1));
            }
        }
        return variants;
    }

    /**
     * Ids, dates, numbers, choices, codes: values with a form of their own, where no payload is valid. A pattern that
     * free text matches (e.g. "not blank") leaves a string free text.
     */
    private static boolean isTyped(JsonNode schema) {
        String type = schema.path("type").asText();
        return schema.has("enum") || type.equals("integer") || type.equals("number") || type.equals("boolean")
                || schema.has("format")
                || (schema.has("pattern") && !ApiOperations.matchesPattern(schema, ApiOperations.FREE_TEXT));
    }

    private static HostileRequest request(Operation operation, String what, String pathAndQuery, byte[] body,
            boolean mustBeRejected) {
        return new HostileRequest(what, operation.method(), pathAndQuery, body == null ? null : "application/json",
                body, mustBeRejected);
    }

    private static String encodePath(String path) {
        StringBuilder encoded = new StringBuilder();
        for (String segment : path.split("/", -1)) {
            if (!encoded.isEmpty() || !segment.isEmpty()) {
                encoded.append('/');
            }
            encoded.append(encode(segment).replace("+", "%20"));
        }
        return encoded.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String value) {
        return value.length() > 30 ? value.substring(0, 12) + "…(" + value.length() + " chars)" : value;
    }
}
