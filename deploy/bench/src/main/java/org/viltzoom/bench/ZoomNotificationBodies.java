package org.viltzoom.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Builds meeting notifications in the shape the Zoom simulator plays them (and Zoom sends them):
 * {@code event}, {@code event_ts} and {@code payload.account_id} around the meeting object, with
 * times in whole UTC seconds. Built as text because the driver sends hundreds of thousands.
 */
final class ZoomNotificationBodies {

    private final String zoomAccountId;
    private final long meetingId;
    private final String meetingUuid;
    private final String hostZoomUserId;
    private final Instant startTime;

    ZoomNotificationBodies(String zoomAccountId, long meetingId, String meetingUuid, String hostZoomUserId,
                           Instant startTime) {
        this.zoomAccountId = zoomAccountId;
        this.meetingId = meetingId;
        this.meetingUuid = meetingUuid;
        this.hostZoomUserId = hostZoomUserId;
        this.startTime = startTime;
    }

    /**
     * Returns a participant_joined or participant_left body.
     *
     * @param timeField {@code join_time} or {@code leave_time}
     */
    byte[] participant(String event, Participant participant, String timeField, Instant time) {
        String leaveReason = "leave_time".equals(timeField) ? ",\"leave_reason\":\"left the meeting\"" : "";
        String object = ",\"participant\":{\"user_id\":\"" + participant.connectionUserId()
                + "\",\"user_name\":\"" + participant.name()
                + "\",\"id\":\"\",\"participant_uuid\":\"" + participant.participantUuid()
                + "\",\"" + timeField + "\":\"" + format(time) + "\"" + leaveReason
                + ",\"email\":\"" + participant.email()
                + "\",\"registrant_id\":\"\",\"participant_user_id\":\"\",\"customer_key\":\"\"}";
        return envelope(event, time, meetingObject(object));
    }

    /** One connection of a person: Zoom gives every join a new user_id and participant_uuid. */
    record Participant(String connectionUserId, String participantUuid, String name, String email) {
    }

    private String meetingObject(String extra) {
        return "{\"id\":\"" + meetingId + "\",\"uuid\":\"" + meetingUuid + "\",\"host_id\":\"" + hostZoomUserId
                + "\",\"topic\":\"Benchmark session\",\"type\":5,\"start_time\":\"" + format(startTime)
                + "\",\"timezone\":\"Europe/Berlin\",\"duration\":480" + extra + "}";
    }

    private byte[] envelope(String event, Instant at, String object) {
        String body = "{\"event\":\"" + event + "\",\"event_ts\":" + at.toEpochMilli()
                + ",\"payload\":{\"account_id\":\"" + zoomAccountId + "\",\"object\":" + object + "}}";
        return body.getBytes(StandardCharsets.UTF_8);
    }

    private static String format(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
