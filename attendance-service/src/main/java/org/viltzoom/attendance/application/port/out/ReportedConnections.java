package org.viltzoom.attendance.application.port.out;

import java.util.List;

/** Merges the rows of Zoom's participant report into the stored connections of a meeting instance. */
public interface ReportedConnections {

    /**
     * Adds the connections that no notification reported, and fills a join or leave that a
     * connection is missing. A row matches a stored connection by {@code participant_uuid}, or
     * by join time together with {@code user_id}, Zoom user id or email. Known values never
     * change, so merging the same report again changes nothing.
     *
     * @return how many connections were added or completed
     */
    int merge(String meetingUuid, long zoomMeetingId, List<ReportedParticipant> rows);
}
