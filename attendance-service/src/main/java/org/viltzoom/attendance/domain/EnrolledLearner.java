package org.viltzoom.attendance.domain;

import java.util.Objects;
import org.viltzoom.kernel.domain.EmailAddress;

/**
 * A learner enrolled in a training event.
 *
 * @param email null when the LMS has no email for the learner; such a learner is matched only
 *     by registrant id or customer key
 * @param registrantId the Zoom registrant id issued to this learner, or null
 * @param customerKey the customer key given to Zoom for this learner, or null
 */
public record EnrolledLearner(String lmsUserId, EmailAddress email, String registrantId, String customerKey) {

    public EnrolledLearner {
        Objects.requireNonNull(lmsUserId, "lmsUserId");
        registrantId = blankToNull(registrantId);
        customerKey = blankToNull(customerKey);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
