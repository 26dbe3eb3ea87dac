package org.viltzoom.event.application.exception;

import java.util.List;
import org.viltzoom.event.domain.RuleViolation;

/** The training event breaks rules; nothing was sent to Zoom. */
public class ValidationFailedException extends RuntimeException {

    private final transient List<RuleViolation> violations;

    public ValidationFailedException(List<RuleViolation> violations) {
        super(violations.size() == 1 ? violations.get(0).message() : violations.size() + " fields are invalid; see errors");
        this.violations = List.copyOf(violations);
    }

    public List<RuleViolation> violations() {
        return violations;
    }
}
