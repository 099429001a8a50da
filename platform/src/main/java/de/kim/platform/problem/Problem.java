package de.kim.platform.problem;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, the body of every error response.
 *
 * @param type
 *            stable URI per kind of error, e.g. {@code urn:kim:problem:validation}
 * @param errors
 *            for validation problems: one entry per rejected field
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * @param field
     *            the JSON path or parameter name that was rejected
     */
    public record FieldError(String field, String message) {
    }
}
