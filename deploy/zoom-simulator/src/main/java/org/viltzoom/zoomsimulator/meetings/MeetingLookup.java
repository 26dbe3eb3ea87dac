package org.viltzoom.zoomsimulator.meetings;

import org.viltzoom.zoomsimulator.http.ApiCall;
import org.viltzoom.zoomsimulator.http.ZoomApiException;
import org.viltzoom.zoomsimulator.state.Meeting;
import org.viltzoom.zoomsimulator.state.SimState;
import org.viltzoom.zoomsimulator.state.User;

/** Resolves a numeric {meetingId} or {webinarId} of the token's account, or throws 404 code 3001. */
public final class MeetingLookup {

    private MeetingLookup() {
    }

    public static Meeting resolve(SimState state, ApiCall call, String idText, boolean webinar) {
        Meeting meeting = null;
        try {
            meeting = state.meetings.get(Long.parseLong(idText));
        } catch (NumberFormatException e) {
            // A non-numeric id matches no meeting, so it gets the same 404 code 3001 as an unknown id.
        }
        User host = meeting == null ? null : state.users.get(meeting.hostId);
        if (meeting == null || meeting.webinar != webinar || host == null || !host.accountId.equals(call.grant().accountId)) {
            if (webinar) {
                throw new ZoomApiException(404, 3001, "Webinar does not exist: " + idText + ".");
            }
            throw ZoomApiException.meetingNotFound(idText);
        }
        return meeting;
    }
}
