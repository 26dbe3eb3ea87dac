package org.viltzoom.attendance.application.port.out;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The last AttendanceFinalized published per training event. */
public interface PublishedAttendance {

    Optional<Published> find(UUID trainingEventId);

    void save(UUID trainingEventId, Published published, Instant publishedAt);

    /** @param fingerprint a digest of the published result without its version and time */
    record Published(int version, String fingerprint) {
    }
}
