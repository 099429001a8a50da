package de.kim.platform.problem;

import java.net.URI;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Renders every error of a service as RFC 9457 problem+json. Messages name the field and the rule, never echo submitted
 * values (they may be personal data); internal errors reveal nothing but an incident id that is also in the log.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem problem, UriInfo uri) {
        return respond(problem.kind(), problem.getMessage(), uri, problem.errors());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException violation, UriInfo uri) {
        List<Problem.FieldError> errors = violation.getConstraintViolations().stream().map(ProblemMappers::fieldError)
                .sorted(Comparator.comparing(Problem.FieldError::field)).toList();
        return respond(ProblemKind.VALIDATION, "The request has invalid fields.", uri, errors);
    }

    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class, InvalidFormatException.class,
            UnrecognizedPropertyException.class})
    public Response malformedJson(JsonProcessingException malformed, UriInfo uri) {
        if (malformed instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
            return respond(ProblemKind.VALIDATION, "The request body has invalid fields.", uri,
                    List.of(FieldRules.ofMalformed(field, malformed)));
        }
        return respond(ProblemKind.MALFORMED_REQUEST, "The request body is not valid JSON.", uri, List.of());
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException unauthorized, UriInfo uri) {
        return Response
                .fromResponse(respond(ProblemKind.UNAUTHORIZED, "A valid bearer token is required.", uri, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException forbidden, UriInfo uri) {
        return respond(ProblemKind.FORBIDDEN, "Your role does not permit this operation.", uri, List.of());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException failure, UriInfo uri) {
        Response original = failure.getResponse();
        int status = original.getStatus();
        if (original.getEntity() instanceof Problem problem) {
            // Already a problem (e.g. from a parameter converter): add where it happened.
            Problem located = new Problem(problem.type(), problem.title(), problem.status(), problem.detail(),
                    uri.getPath(), problem.errors());
            return Response.status(status).type(Problem.MEDIA_TYPE).entity(located).build();
        }
        if (status >= 500 && status != 503) {
            return internal(failure, uri);
        }
        ProblemKind kind = ProblemKind.forStatus(status);
        Response.ResponseBuilder answer = kind != null
                ? Response.fromResponse(respond(kind, kind.title() + ".", uri, List.of()))
                : Response.status(status).type(Problem.MEDIA_TYPE).entity(new Problem(URI.create("about:blank"),
                        Response.Status.fromStatusCode(status) == null
                                ? "Error"
                                : Response.Status.fromStatusCode(status).getReasonPhrase(),
                        status, null, uri.getPath(), List.of()));
        // Keep what tells the client how to go on, e.g. Allow on 405, Retry-After on 503.
        for (String header : List.of(HttpHeaders.ALLOW, HttpHeaders.RETRY_AFTER)) {
            if (original.getHeaderString(header) != null) {
                answer.header(header, original.getHeaderString(header));
            }
        }
        return answer.build();
    }

    /**
     * Rules the database enforces as the last line (unique keys, references, checks) and concurrent changes, also when
     * they surface only at commit, wrapped by the transaction.
     */
    @ServerExceptionMapper
    public Response internal(Throwable failure, UriInfo uri) {
        for (Throwable cause : FailureChain.of(failure)) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return respond(ProblemKind.PRECONDITION_FAILED,
                        "The resource was changed by someone else; read it again and repeat your change.", uri,
                        List.of());
            }
            if (DatabaseUnavailable.means(cause)) {
                return DatabaseUnavailable.respond(failure, uri);
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                switch (sql.getSQLState()) {
                    case "23505" :
                        return respond(ProblemKind.CONFLICT, "An entry with these values exists already.", uri,
                                List.of());
                    case "23503" :
                        return respond(ProblemKind.CONFLICT,
                                "Other entries still refer to this one, or a referenced entry does not exist.", uri,
                                List.of());
                    case "23514" :
                        return respond(ProblemKind.VALIDATION, "A value breaks a rule of the data model.", uri,
                                List.of());
                    case "22001", "22003", "22007", "22008", "22P02", "22P05", "22021" :
                        // too long, out of range, bad date or number, invalid characters: the input's values
                        return respond(ProblemKind.VALIDATION, "A value cannot be stored as given.", uri,
                                List.of());
                    default :
                        break;
                }
            }
        }
        String incident = UUID.randomUUID().toString();
        // The class only: exception messages and paths can carry personal data.
        LOG.errorf("Incident %s: unhandled %s", incident, FailureChain.describe(failure));
        LOG.debugf(failure, "Incident %s", incident);
        return respond(ProblemKind.INTERNAL, "Unexpected error, incident " + incident + ".", uri, List.of());
    }

    static Response respond(ProblemKind kind, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        Problem body = new Problem(kind.type(), kind.title(), kind.status(), detail, uri.getPath(), errors);
        return Response.status(kind.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    private static Problem.FieldError fieldError(ConstraintViolation<?> violation) {
        // "create.request.name" → "name": the method and parameter prefix means nothing
        // to a client.
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        String field = parts.length == 3 ? parts[2] : parts[parts.length - 1];
        return FieldRules.of(field, violation);
    }
}
