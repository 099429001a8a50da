package de.kim.platform.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import de.kim.platform.problem.Problem;

/**
 * Documents the problem responses every {@code /api} operation of ours can give, from the shape of the operation, so no
 * resource has to repeat them: 401/403 everywhere (all need a token and a role, except public reads), 404 for an id in
 * the path, 422 and 409 for writes, 412/428 where {@code If-Match} is required.
 */
public class ProblemResponsesFilter implements OASFilter {

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
