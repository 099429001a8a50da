package de.kim.platform.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import de.kim.platform.problem.Problem;

/**
 * Makes the OpenAPI documents say what the services do. It documents the problem responses every {@code /api}
 * operation of ours can give, from the shape of the operation, so no resource has to repeat them: 401/403 everywhere
 * (all need a token and a role, except public reads), 404 for an id in the path, 422 and 409 for writes, 412/428 where
 * {@code If-Match} is required. And it anchors the patterns of {@code @Pattern}: Bean Validation matches them against
 * the whole value, JSON Schema anywhere in it, so {@code [A-Z]{2}} becomes {@code ^(?:[A-Z]{2})$} for clients that
 * validate (the app does, before sending).
 */
public class ApiDocumentFilter implements OASFilter {

    private static final String NOT_BLANK = "\\S";

    @Override
    public Schema filterSchema(Schema schema) {
        String pattern = schema.getPattern();
        // "\\S" is how @NotBlank is documented ("contains a non-blank character"): a search by its nature.
        if (pattern != null && !pattern.startsWith("^") && !pattern.equals(NOT_BLANK)) {
            schema.setPattern("^(?:" + pattern + ")$");
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<HttpMethod, Operation> operation : path.getValue().getOperations().entrySet()) {
                document(path.getKey(), operation.getKey(), operation.getValue());
            }
        }
    }

    private static void document(String path, HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (secured) {
            put(responses, "401", "No, expired or invalid bearer token");
            put(responses, "403", "The caller's role (or sub-region) may not use this operation");
        }
        if (path.contains("{id}")) {
            put(responses, "404", "No such resource");
        }
        if (method == HttpMethod.POST || method == HttpMethod.PUT) {
            put(responses, "422", "Invalid fields, each listed in errors");
            put(responses, "400", "Malformed JSON");
        }
        if (method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.DELETE) {
            put(responses, "409", "Conflicts with existing data (duplicate, or still referenced)");
        }
        boolean needsIfMatch = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> "If-Match".equalsIgnoreCase(parameter.getName()));
        if (needsIfMatch) {
            put(responses, "412", "If-Match names an outdated version");
            put(responses, "428", "If-Match is missing");
        }
        if (operation.getParameters() != null && !operation.getParameters().isEmpty()) {
            put(responses, "422", "Invalid parameters, each listed in errors");
        }
    }

    /** Our problem body replaces Quarkus' automatic bodiless 401/403 entries. */
    private static void put(APIResponses responses, String status, String description) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing != null && existing.getContent() != null
                && existing.getContent().hasMediaType(Problem.MEDIA_TYPE)) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse()
                .description(existing != null && existing.getDescription() != null && existing.getContent() != null
                        ? existing.getDescription()
                        : description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(
                                OASFactory.createSchema().ref("#/components/schemas/Problem")))));
    }
}
