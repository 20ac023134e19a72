package vn.portalnews.common;

import java.util.List;

/** Thrown by services for any request the API refuses; rendered as problem+json by {@link ProblemMappers}. */
public class ApiProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<InvalidParam> invalidParams;
    private final Long retryAfterSeconds;

    public ApiProblemException(ProblemType type, String detail, List<InvalidParam> invalidParams) {
        this(type, detail, invalidParams, null);
    }

    private ApiProblemException(ProblemType type, String detail, List<InvalidParam> invalidParams, Long retryAfterSeconds) {
        super(detail, null, false, false);
        this.type = type;
        this.invalidParams = List.copyOf(invalidParams);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 429 with a Retry-After header. */
    public static ApiProblemException tooManyRequests(String detail, long retryAfterSeconds) {
        return new ApiProblemException(ProblemType.TOO_MANY_REQUESTS, detail, List.of(), Math.max(1, retryAfterSeconds));
    }

    /** 503 with a Retry-After header: a dependency or a bounded resource is busy or down; the client may retry. */
    public static ApiProblemException unavailable(String detail, long retryAfterSeconds) {
        return new ApiProblemException(ProblemType.SERVICE_UNAVAILABLE, detail, List.of(), Math.max(1, retryAfterSeconds));
    }

    public static ApiProblemException conflict(String detail) {
        return new ApiProblemException(ProblemType.CONFLICT, detail, List.of());
    }

    public static ApiProblemException invalid(String param, String reason) {
        return new ApiProblemException(ProblemType.INVALID_PARAMETER, param + ": " + reason,
                List.of(new InvalidParam(param, reason)));
    }

    public static ApiProblemException invalid(List<InvalidParam> params) {
        String detail = params.size() == 1
                ? params.get(0).name() + ": " + params.get(0).reason()
                : params.size() + " parameters are invalid";
        return new ApiProblemException(ProblemType.INVALID_PARAMETER, detail, params);
    }

    public static ApiProblemException notFound(String detail) {
        return new ApiProblemException(ProblemType.NOT_FOUND, detail, List.of());
    }

    public ProblemType type() {
        return type;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public List<InvalidParam> invalidParams() {
        return invalidParams;
    }
}
