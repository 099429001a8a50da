package de.kim.localinfra.openapi;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.RestAssured;

import de.kim.localinfra.quarkus.ManagementInterface;

/**
 * The operations of a service as its OpenAPI document (JSON) declares them: what the access matrix and the fuzz test
 * drive, so an endpoint added to the code is covered without anyone listing it.
 */
public final class ApiOperations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode document;

    private ApiOperations(JsonNode document) {
        this.document = document;
    }

    /** One operation; {@code path} is the template, e.g. {@code /api/cases/{id}}. */
    public record Operation(String method, String path, JsonNode node) {

        @Override
        public String toString() {
            return method + " " + path;
        }

        public boolean hasBody() {
            return node.has("requestBody");
        }
    }

    /** The document the service under test serves (in a {@code @QuarkusTest}), on its management interface. */
    public static ApiOperations served() {
        return servedBy(ManagementInterface.url());
    }

    /** The document served on the management interface at {@code managementUri} (e.g. {@code http://localhost:19081}). */
    public static ApiOperations servedBy(String managementUri) {
        return parse(RestAssured.given().queryParam("format", "json").get(managementUri + "/q/openapi").then()
                .statusCode(200).extract().asString());
    }

    public static ApiOperations parse(String json) {
        try {
            return new ApiOperations(new ObjectMapper().readTree(json));
        } catch (Exception e) {
            throw new IllegalArgumentException("not an OpenAPI document in JSON", e);
        }
    }

    public List<Operation> all() {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), op.getValue()));
            }
        }));
        return operations;
    }

    /** The schema with its {@code $ref} (and the refs of what it resolves to) followed. */
    public JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; current != null && current.has("$ref") && depth < 20; depth++) {
            String ref = current.get("$ref").asText();
            current = document.at(ref.substring(1));
        }
        return current == null ? MissingNode.getInstance() : current;
    }

    /** The parameters of an operation in one place ({@code path}, {@code query}, {@code header}). */
    public List<JsonNode> parameters(Operation operation, String in) {
        List<JsonNode> found = new ArrayList<>();
        for (Iterator<JsonNode> it = operation.node().path("parameters").elements(); it.hasNext();) {
            JsonNode parameter = it.next();
            if (in.equals(parameter.path("in").asText())) {
                found.add(parameter);
            }
        }
        return found;
    }

    /** The JSON schema of the request body, resolved; missing when the operation takes none. */
    public JsonNode bodySchema(Operation operation) {
        return resolve(operation.node().path("requestBody").path("content").path("application/json").path("schema"));
    }

    /** What a sample puts in a string of free text (a pattern such as "not blank" still matches it). */
    public static final String FREE_TEXT = "Probe";

    /**
     * A plausible value for a schema: enums take their first value, ids a fresh UUID, dates a fixed day, free text
     * {@link #FREE_TEXT}, a string whose pattern refuses it "" (such bodies are refused as invalid).
     */
    public JsonNode sample(JsonNode schema) {
        return sample(schema, 0);
    }

    private JsonNode sample(JsonNode schema, int depth) {
        JsonNode resolved = resolve(schema);
        if (resolved.has("enum")) {
            return resolved.get("enum").get(0);
        }
        return switch (resolved.path("type").asText()) {
            case "string" -> switch (resolved.path("format").asText()) {
                case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
                case "date" -> NODES.textNode("2026-01-01");
                case "date-time" -> NODES.textNode("2026-01-01T08:00:00Z");
                default -> NODES.textNode(matchesPattern(resolved, FREE_TEXT) ? FREE_TEXT : "");
            };
            case "integer", "number" -> NODES.numberNode(resolved.path("minimum").asInt(1));
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> depth > 3
                    ? NODES.arrayNode()
                    : NODES.arrayNode().add(sample(resolved.path("items"), depth + 1));
            default -> {
                ObjectNode object = NODES.objectNode();
                if (depth <= 3) {
                    resolved.path("properties").fields().forEachRemaining(
                            property -> object.set(property.getKey(), sample(property.getValue(), depth + 1)));
                }
                yield object;
            }
        };
    }

    /** Whether a string schema's pattern (if any) lets the text through. */
    public static boolean matchesPattern(JsonNode schema, String text) {
        return !schema.has("pattern") || Pattern.compile(schema.get("pattern").asText()).matcher(text).find();
    }

    /**
     * A concrete path: each parameter from {@code samples} by name, else its first enum value, else a fresh UUID (no
     * such resource, which is what an access check wants: the answer depends on the caller, not on data).
     */
    public String concretePath(Operation operation, Map<String, String> samples) {
        String path = operation.path();
        for (JsonNode parameter : parameters(operation, "path")) {
            String name = parameter.path("name").asText();
            JsonNode schema = resolve(parameter.path("schema"));
            String value = samples.containsKey(name)
                    ? samples.get(name)
                    : schema.has("enum") ? schema.get("enum").get(0).asText() : UUID.randomUUID().toString();
            path = path.replace("{" + name + "}", value);
        }
        return path;
    }
}
