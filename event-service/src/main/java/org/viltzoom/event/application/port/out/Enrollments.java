package org.viltzoom.event.application.port.out;

import java.util.List;
import java.util.UUID;
import org.viltzoom.event.domain.Enrollment;

/** The learners enrolled in each training event. */
public interface Enrollments {

    List<Enrollment> list(UUID trainingEventId);

    /** Inserts the enrollment or replaces the stored one of the same learner. */
    void save(UUID trainingEventId, Enrollment enrollment);

    void remove(UUID trainingEventId, String lmsUserId);

    /** Returns whether a learner of the event is stored with this registrant, as when two learners share an email. */
    boolean registrantInUse(UUID trainingEventId, String registrantId);
}
