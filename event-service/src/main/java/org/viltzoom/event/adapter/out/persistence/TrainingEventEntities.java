package org.viltzoom.event.adapter.out.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.viltzoom.event.domain.AttendanceRequirement;
import org.viltzoom.event.domain.EventDetails;
import org.viltzoom.event.domain.EventKind;
import org.viltzoom.event.domain.EventStatus;
import org.viltzoom.event.domain.EventTimes;
import org.viltzoom.event.domain.MeetingHealth;
import org.viltzoom.event.domain.SyncState;
import org.viltzoom.event.domain.TrainingEvent;
import org.viltzoom.event.domain.ZoomMeeting;

/**
 * Maps training events to rows and back. Written by hand because the aggregate has no setters
 * and the lists are stored as JSON text.
 */
final class TrainingEventEntities {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private TrainingEventEntities() {
    }

    static TrainingEvent toDomain(TrainingEventEntity row, List<Long> history) {
        EventTimes times = new EventTimes(row.eventDate, row.startTime, row.endTime, row.breakStart, row.breakEnd,
                row.timeZone);
        EventDetails details = new EventDetails(row.courseId, row.iltSessionId, row.name, row.description,
                EventKind.valueOf(row.kind), times, row.accountId, row.hostId, row.templateId,
                readList(row.alternativeHosts), readList(row.instructorLmsUserIds),
                new AttendanceRequirement(AttendanceRequirement.Mode.valueOf(row.attendanceMode), row.attendancePercentage),
                row.joinButtonLeadMinutes, row.registrationRequired, row.authenticationRequired, row.passcode);
        ZoomMeeting meeting = new ZoomMeeting(row.meetingId, EventKind.valueOf(row.meetingKind), row.joinUrl, null,
                row.meetingHostZoomUserId);
        MeetingHealth health = new MeetingHealth(row.hostMissing, row.meetingSuspectSince, row.meetingDeletedInZoom);
        return new TrainingEvent(row.id, row.platform, details, EventStatus.valueOf(row.status),
                SyncState.valueOf(row.syncState), row.syncRetryAfter, meeting, history, row.hostFlagged, health,
                row.version);
    }

    static void copy(TrainingEvent event, TrainingEventEntity row) {
        EventDetails details = event.details();
        EventTimes times = details.times();
        row.id = event.id();
        row.platform = event.platform();
        row.accountId = details.accountId();
        row.courseId = details.courseId();
        row.iltSessionId = details.iltSessionId();
        row.name = details.name();
        row.description = details.description();
        row.kind = details.kind().name();
        row.eventDate = times.date();
        row.startTime = times.start();
        row.endTime = times.end();
        row.breakStart = times.breakStart();
        row.breakEnd = times.breakEnd();
        row.timeZone = times.timeZone();
        row.startAt = times.startInstant();
        row.endAt = times.endInstant();
        row.hostId = details.hostId();
        row.templateId = details.templateId();
        row.alternativeHosts = writeList(details.alternativeHosts());
        row.instructorLmsUserIds = writeList(details.instructorLmsUserIds());
        row.attendanceMode = details.attendance().mode().name();
        row.attendancePercentage = details.attendance().percentage();
        row.joinButtonLeadMinutes = details.joinButtonLeadMinutes();
        row.registrationRequired = details.registrationRequired();
        row.authenticationRequired = details.authenticationRequired();
        row.passcode = details.passcode();
        row.status = event.status().name();
        row.syncState = event.syncState().name();
        row.syncRetryAfter = event.syncRetryAfter();
        row.meetingId = event.meeting().meetingId();
        row.meetingKind = event.meeting().kind().name();
        row.joinUrl = event.meeting().joinUrl();
        row.meetingHostZoomUserId = event.meeting().hostZoomUserId();
        row.hostFlagged = event.hostFlagged();
        row.hostMissing = event.health().hostMissing();
        row.meetingSuspectSince = event.health().suspectSince();
        row.meetingDeletedInZoom = event.health().deletedInZoom();
    }

    static String writeList(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings is always serializable", e);
        }
    }

    static List<String> readList(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored list is not a JSON array of strings", e);
        }
    }
}
