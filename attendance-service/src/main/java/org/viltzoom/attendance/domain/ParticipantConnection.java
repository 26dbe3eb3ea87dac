package org.viltzoom.attendance.domain;

import java.time.Instant;
import java.util.Objects;
import org.viltzoom.kernel.domain.EmailAddress;

/**
 * The identity fields and times that Zoom reported for one connection. Zoom leaves
 * {@code email} empty for guests and users outside the account, and sends {@code registrant_id}
 * as null or an empty string; blank values are stored as null and never used as join keys.
 *
 * @param connectionId Zoom's {@code participant_uuid}, one per connection
 * @param zoomUserId Zoom's {@code participant.id}, the same across rejoins of a signed-in user
 * @param name the display name, shown in reports and never used to match anyone
 */
public record ParticipantConnection(
        String connectionId,
        String meetingUuid,
        Instant join,
        Instant leave,
        String registrantId,
        String customerKey,
        EmailAddress email,
        String zoomUserId,
        String name) {

    public ParticipantConnection {
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(meetingUuid, "meetingUuid");
        Objects.requireNonNull(join, "join");
        registrantId = EnrolledLearner.blankToNull(registrantId);
        customerKey = EnrolledLearner.blankToNull(customerKey);
        zoomUserId = EnrolledLearner.blankToNull(zoomUserId);
    }

    public Connection time() {
        return new Connection(meetingUuid, join, leave);
    }
}
