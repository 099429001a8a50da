package de.kim.platform.problem;

import java.util.List;

/**
 * Thrown by services to answer with a problem of a given kind; the mapper renders it.
 */
public class ApiProblem extends RuntimeException {

    private final ProblemKind kind;
    private final List<Problem.FieldError> errors;

    public ApiProblem(ProblemKind kind, String detail) {
        this(kind, detail, List.of());
    }

    public ApiProblem(ProblemKind kind, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.kind = kind;
        this.errors = List.copyOf(errors);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(ProblemKind.NOT_FOUND, detail);
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(ProblemKind.CONFLICT, detail);
    }

    /**
     * A field or parameter breaks a rule (422, listed in {@code errors}).
     *
     * @param rule
     *            stable kebab-case name of the rule, for clients to show their own text (see
     *            {@link Problem.FieldError})
     */
    public static ApiProblem invalid(String field, String rule, String message) {
        return new ApiProblem(ProblemKind.VALIDATION, "The request has invalid fields.",
                List.of(new Problem.FieldError(field, rule, message)));
    }

    public ProblemKind kind() {
        return kind;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
