package de.kim.platform.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;

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
     * One rejected field. Clients show their own text per {@code rule} (the app does, in German); {@code message} is
     * the English explanation for developers.
     *
     * @param field
     *            the JSON path or parameter name that was rejected
     * @param rule
     *            the rule it breaks, stable and in kebab case: {@code required}, {@code length}, {@code count},
     *            {@code pattern}, {@code past}, {@code past-or-present}, {@code min}, {@code max}, {@code type},
     *            {@code one-of}, {@code unknown-field}, or a rule of the domain such as {@code unknown-member}
     * @param limits
     *            what the rule allows, e.g. {@code max} for a length or {@code allowed} for the values of an
     *            enumeration; never the submitted value
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record FieldError(String field, String rule, String message, Map<String, Object> limits) {

        public FieldError(String field, String rule, String message) {
            this(field, rule, message, Map.of());
        }
    }
}
