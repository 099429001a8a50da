package de.kim.platform.problem;

import java.lang.annotation.Annotation;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Names the rule a rejected field breaks, so that clients can say it in their own words (the app in German) instead of
 * showing our English message. The limits come from the constraint, never from the submitted value.
 */
final class FieldRules {

    private FieldRules() {
    }

    static Problem.FieldError of(String field, ConstraintViolation<?> violation) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        Map<String, Object> limits = new LinkedHashMap<>();
        String rule = switch (constraint.annotationType().getSimpleName()) {
            case "NotNull", "NotBlank", "NotEmpty" -> "required";
            case "Size" -> {
                int min = (int) attributes.get("min");
                int max = (int) attributes.get("max");
                if (min > 0) {
                    limits.put("min", min);
                }
                if (max < Integer.MAX_VALUE) {
                    limits.put("max", max);
                }
                // The kind of value, not the value: a text is too long, a list has too many entries.
                yield violation.getInvalidValue() instanceof Collection<?> ? "count" : "length";
            }
            case "Min", "DecimalMin" -> {
                limits.put("min", attributes.get("value"));
                yield "min";
            }
            case "Max", "DecimalMax" -> {
                limits.put("max", attributes.get("value"));
                yield "max";
            }
            case "Positive" -> {
                limits.put("min", 1);
                yield "min";
            }
            case "PositiveOrZero" -> {
                limits.put("min", 0);
                yield "min";
            }
            case "Pattern" -> {
                limits.put("pattern", attributes.get("regexp"));
                yield "pattern";
            }
            default -> kebab(constraint.annotationType().getSimpleName());
        };
        return new Problem.FieldError(field, rule, violation.getMessage(), limits);
    }

    /** A body field Jackson could not read: unknown, a value outside an enumeration, or of the wrong type. */
    static Problem.FieldError ofMalformed(String field, JsonProcessingException malformed) {
        if (malformed instanceof UnrecognizedPropertyException) {
            return new Problem.FieldError(field, "unknown-field", "unknown field");
        }
        Class<?> target = malformed instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target != null && target.isEnum()) {
            Object[] values = target.getEnumConstants();
            return new Problem.FieldError(field, "one-of", "must be one of the allowed values",
                    Map.of("allowed", Arrays.stream(values).map(v -> ((Enum<?>) v).name()).toList()));
        }
        return new Problem.FieldError(field, "type", "wrong type or format",
                target == null ? Map.of() : Map.of("expected", expected(target)));
    }

    private static String expected(Class<?> target) {
        if (Temporal.class.isAssignableFrom(target)) {
            return target.getSimpleName().equals("LocalDate") ? "date" : "date-time";
        }
        if (target == UUID.class) {
            return "uuid";
        }
        if (Number.class.isAssignableFrom(target) || (target.isPrimitive() && target != boolean.class)) {
            return "number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "boolean";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "list";
        }
        return target == String.class ? "text" : "object";
    }

    /** PastOrPresent → past-or-present. */
    static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
