package de.kim.platform.problem;

import java.net.URI;

/**
 * The kinds of error our APIs report, each with a stable type URI clients can branch on.
 */
public enum ProblemKind {
    /** Well-formed, but fields break the rules (each listed in {@code errors}). */
    VALIDATION(422, "Invalid request"),
    MALFORMED_REQUEST(400, "Malformed request"),
    UNAUTHORIZED(401, "Authentication required"),
    FORBIDDEN(403, "Not permitted"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    GONE(410, "Gone"),
    PRECONDITION_FAILED(412, "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    PRECONDITION_REQUIRED(428, "Precondition required"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    INTERNAL(500, "Internal error"),
    SERVICE_UNAVAILABLE(503, "Service unavailable");

    private final int status;
    private final String title;

    ProblemKind(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI type() {
        return URI.create("urn:kim:problem:" + name().toLowerCase().replace('_', '-'));
    }

    /** The kind for a bare HTTP status raised by the framework (unknown path, wrong method…), or null. */
    public static ProblemKind forStatus(int status) {
        for (ProblemKind kind : values()) {
            if (kind.status == status && kind != VALIDATION) {
                return kind;
            }
        }
        return null;
    }
}
