package org.viltzoom.kernel.rest;

import java.util.List;
import java.util.Map;

/**
 * A request that the service rejects, returned to the caller as problem details. Use cases throw
 * it or a subclass, so that a business rejection becomes a 4xx and never a 500.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final List<FieldViolation> violations;
    private final Map<String, Object> extensions;

    public ProblemException(int status, String code, String title, String detail) {
        this(status, code, title, detail, List.of());
    }

    public ProblemException(int status, String code, String title, String detail, List<FieldViolation> violations) {
        this(status, code, title, detail, violations, Map.of());
    }

    public ProblemException(int status, String code, String title, String detail, List<FieldViolation> violations,
                            Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.violations = List.copyOf(violations);
        this.extensions = Map.copyOf(extensions);
    }

    public static ProblemException invalidFields(List<FieldViolation> violations) {
        return new ProblemException(400, "validation-failed", "Invalid request",
                violations.size() == 1 ? violations.get(0).message()
                        : violations.size() + " fields are invalid; see errors", violations);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist");
    }

    public Problem toProblem() {
        return Problem.of(status, code, title, getMessage(), violations).withExtensions(extensions);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
