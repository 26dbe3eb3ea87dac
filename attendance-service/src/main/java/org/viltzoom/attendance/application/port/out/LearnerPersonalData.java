package org.viltzoom.attendance.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.viltzoom.kernel.domain.PlatformId;

/** Erases the personal data of one LMS user. Every write is idempotent. */
public interface LearnerPersonalData {

    /** Lists the training events of the platform in which the user is enrolled. */
    List<UUID> enrolledEvents(PlatformId platform, String lmsUserId);

    /** Removes the email, names and registrant id of the user's enrollment in the event. */
    void eraseEnrollment(UUID trainingEventId, String lmsUserId);

    /**
     * Links the connection to the erased learner it credits. With {@code removeIdentity} it also
     * removes the email, name, registrant id, customer key and Zoom user id of the connection.
     * Without it, the connection keeps them because it also credits another learner.
     */
    void eraseConnection(String meetingUuid, String connectionId, String lmsUserId, boolean removeIdentity);

    /** Deletes the event's published unmatched participants with this email, case-insensitively. */
    void deleteUnmatched(UUID trainingEventId, String email);

    /** Records the erasure, or moves its time forward when the user was erased before. */
    void recordErasure(PlatformId platform, String lmsUserId, Instant erasedAt);
}
