package de.kim.platform.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * An unknown value of an enum or id query parameter (e.g. {@code ?role=BOSS}) is invalid input (422 with the allowed values),
 * not the 404 JAX-RS answers for a failed query parameter conversion.
 */
@Provider
public class QueryParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = Arrays.stream(annotations).filter(QueryParam.class::isInstance)
                .map(a -> ((QueryParam) a).value()).findFirst().orElse(null);
        if (name == null) {
            return null;
        }
        if (rawType.isEnum()) {
            return new EnumConverter(rawType, name);
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) new UuidConverter(name);
        }
        return null;
    }

    private record UuidConverter(String parameter) implements ParamConverter<UUID> {

        @Override
        public UUID fromString(String value) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            try {
                return UUID.fromString(value);
            } catch (IllegalArgumentException e) {
                throw invalid(
                        new Problem.FieldError(parameter, "type", "must be an id (UUID)", Map.of("expected", "uuid")));
            }
        }

        @Override
        public String toString(UUID value) {
            return value == null ? null : value.toString();
        }
    }

    private static WebApplicationException invalid(Problem.FieldError error) {
        ProblemKind kind = ProblemKind.VALIDATION;
        Problem problem = new Problem(kind.type(), kind.title(), kind.status(), "The request has invalid parameters.",
                null, List.of(error));
        return new WebApplicationException(
                Response.status(kind.status()).type(Problem.MEDIA_TYPE).entity(problem).build());
    }

    private record EnumConverter<E extends Enum<E>>(Class<E> type, String parameter) implements ParamConverter<E> {

        @Override
        public E fromString(String value) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
                throw invalid(
                        new Problem.FieldError(parameter, "one-of", "must be one of " + String.join(", ", allowed),
                                Map.of("allowed", allowed)));
            }
        }

        @Override
        public String toString(E value) {
            return value == null ? null : value.name();
        }
    }
}
