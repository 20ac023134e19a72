package vn.portalnews.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

/**
 * Validates a request body where the service decides, after the caller's permissions are known, so a caller
 * without access learns nothing from validation messages.
 */
@ApplicationScoped
public class RequestValidation {

    private final Validator validator;

    RequestValidation(Validator validator) {
        this.validator = validator;
    }

    public <T> T check(String name, T body) {
        if (body == null) {
            throw ApiProblemException.invalid(name, "a JSON body is required");
        }
        var violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }
}
