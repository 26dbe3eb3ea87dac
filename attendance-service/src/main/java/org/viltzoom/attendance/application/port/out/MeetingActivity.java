package org.viltzoom.attendance.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.viltzoom.attendance.domain.ParticipantConnection;

/**
 * The meeting instances and participant connections that Zoom reported. Every write is
 * idempotent, so that a repeated or reordered notification changes nothing it should not.
 */
public interface MeetingActivity {

    void recordStarted(String meetingUuid, long zoomMeetingId, String hostZoomUserId, Instant start);

    /** Stores the end and Zoom's {@code start_time} of {@code meeting.ended}, which may be null. */
    void recordEnded(String meetingUuid, long zoomMeetingId, String hostZoomUserId, Instant startTime, Instant end);

    void recordJoin(ParticipantReport report);

    void recordLeave(ParticipantReport report);

    /** Lists the instances of these Zoom meeting ids, with their start resolved when known. */
    List<StoredInstance> instancesOf(Collection<Long> zoomMeetingIds);

    /** Lists the connections with a known join in these instances, in join order. */
    List<ParticipantConnection> connectionsOf(Collection<String> meetingUuids);
}
