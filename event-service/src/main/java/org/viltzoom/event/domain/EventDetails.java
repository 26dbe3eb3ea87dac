package org.viltzoom.event.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What an LMS sets on a training event; the rest (status, meeting, history) the service keeps.
 *
 * @param templateId the Zoom meeting template, or null for the account's default
 * @param alternativeHosts emails of paired hosts of the account who may start the meeting
 * @param instructorLmsUserIds LMS user ids of the instructors; the host must be one of them
 * @param joinButtonLeadMinutes how long before the start learners see the join button
 * @param registrationRequired null takes the account's default
 * @param authenticationRequired null takes the account's default
 * @param passcode null lets Zoom apply the account's passcode setting
 */
public record EventDetails(
        String courseId,
        String iltSessionId,
        String name,
        String description,
        EventKind kind,
        EventTimes times,
        UUID accountId,
        UUID hostId,
        String templateId,
        List<String> alternativeHosts,
        List<String> instructorLmsUserIds,
        AttendanceRequirement attendance,
        int joinButtonLeadMinutes,
        Boolean registrationRequired,
        Boolean authenticationRequired,
        String passcode) {

    public EventDetails {
        alternativeHosts = alternativeHosts == null ? List.of() : List.copyOf(alternativeHosts);
        instructorLmsUserIds = instructorLmsUserIds == null ? List.of() : List.copyOf(instructorLmsUserIds);
        attendance = attendance == null ? AttendanceRequirement.onJoin() : attendance;
    }

    /**
     * True when a change from {@code other} to this needs another Zoom meeting. Instructors,
     * attendance rule, join-button timing and the LMS ids live only in this service.
     */
    public boolean differsInZoomFrom(EventDetails other) {
        return !Objects.equals(name, other.name)
                || !Objects.equals(description, other.description)
                || kind != other.kind
                || !Objects.equals(times, other.times)
                || !Objects.equals(accountId, other.accountId)
                || !Objects.equals(hostId, other.hostId)
                || !Objects.equals(templateId, other.templateId)
                || !Objects.equals(alternativeHosts, other.alternativeHosts)
                || !Objects.equals(registrationRequired, other.registrationRequired)
                || !Objects.equals(authenticationRequired, other.authenticationRequired)
                || !Objects.equals(passcode, other.passcode);
    }
}
