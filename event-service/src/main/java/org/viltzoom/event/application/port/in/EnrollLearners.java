package org.viltzoom.event.application.port.in;

import java.util.List;
import java.util.UUID;
import org.viltzoom.event.domain.Enrollment;

/** Keeps an event's enrollment list equal to the LMS's. */
public interface EnrollLearners {

    /**
     * Makes {@code learners} the enrollment list: new learners are enrolled (and registered in
     * Zoom when registration is on), missing ones unenrolled. Repeating the same list changes nothing.
     *
     * @param learners enrollments without registrant id and join URL
     * @return the stored list
     */
    List<Enrollment> replace(String platform, UUID trainingEventId, List<Enrollment> learners);

    List<Enrollment> list(String platform, UUID trainingEventId);
}
