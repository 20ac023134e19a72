package vn.portalnews.common;

import java.util.List;

/** Thrown by services for any request the API refuses; rendered as problem+json by {@link ProblemMappers}. */
public class ApiProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<InvalidParam> invalidParams;

    public ApiProblemException(ProblemType type, String detail, List<InvalidParam> invalidParams) {
        super(detail, null, false, false);
        this.type = type;
        this.invalidParams = List.copyOf(invalidParams);
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

    public List<InvalidParam> invalidParams() {
        return invalidParams;
    }
}
