package vn.portalnews.common;

/** The problems this API reports; each has a stable type URI clients can switch on. */
public enum ProblemType {
    INVALID_PARAMETER(400, "invalid-parameter", "Invalid parameter"),
    MALFORMED_REQUEST(400, "malformed-request", "Malformed request"),
    UNAUTHORIZED(401, "unauthorized", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Forbidden"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    CONFLICT(409, "conflict", "Conflict"),
    LENGTH_REQUIRED(411, "length-required", "Length required"),
    PRECONDITION_FAILED(412, "precondition-failed", "Precondition failed"),
    CONTENT_TOO_LARGE(413, "content-too-large", "Content too large"),
    URI_TOO_LONG(414, "uri-too-long", "URI too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    RANGE_NOT_SATISFIABLE(416, "range-not-satisfiable", "Range not satisfiable"),
    PRECONDITION_REQUIRED(428, "precondition-required", "Precondition required"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    HEADER_FIELDS_TOO_LARGE(431, "header-fields-too-large", "Request header fields too large"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service unavailable"),
    INTERNAL_ERROR(500, "internal-error", "Internal error");

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != MALFORMED_REQUEST) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
    }
}
