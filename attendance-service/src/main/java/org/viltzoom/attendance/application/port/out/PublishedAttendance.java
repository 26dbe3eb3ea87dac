package org.viltzoom.attendance.application.port.out;

import java.util.Optional;
import java.util.UUID;
import org.viltzoom.kernel.event.attendance.AttendanceFinalized;

/** The last AttendanceFinalized published per training event, which the reports show. */
public interface PublishedAttendance {

    Optional<Published> find(UUID trainingEventId);

    /**
     * Stores the published result in place of the event's previous one: version, time, actual
     * length, one row per learner and the unmatched participants.
     *
     * @param fingerprint a digest of the result without its version and time
     */
    void save(AttendanceFinalized finalized, String fingerprint);

    /** @param fingerprint a digest of the published result without its version and time */
    record Published(int version, String fingerprint) {
    }
}
