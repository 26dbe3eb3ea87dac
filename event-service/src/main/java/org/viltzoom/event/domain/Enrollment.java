package org.viltzoom.event.domain;

/**
 * A learner enrolled in a training event.
 *
 * @param email may be null: such a learner is enrolled but cannot be registered in Zoom
 * @param registrantId the Zoom registrant id when the learner is registered, otherwise null
 * @param joinUrl the learner's personal join URL when registered, otherwise null
 */
public record Enrollment(String lmsUserId, String email, String firstName, String lastName, String registrantId,
                         String joinUrl) {

    /** True when the LMS data differs, which needs a new registration. */
    public boolean differsFrom(Enrollment other) {
        return !java.util.Objects.equals(email, other.email)
                || !java.util.Objects.equals(firstName, other.firstName)
                || !java.util.Objects.equals(lastName, other.lastName);
    }

    /** Returns the same learner with a Zoom registrant and its personal join URL, or without both when null. */
    public Enrollment registeredAs(String registrantId, String joinUrl) {
        return new Enrollment(lmsUserId, email, firstName, lastName, registrantId, joinUrl);
    }
}
