package org.viltzoom.event.adapter.in.rest;

import java.time.Instant;
import org.viltzoom.event.adapter.in.rest.TrainingEventDtos.AttendanceBody;
import org.viltzoom.event.adapter.in.rest.TrainingEventDtos.LearnerView;
import org.viltzoom.event.adapter.in.rest.TrainingEventDtos.MeetingBody;
import org.viltzoom.event.adapter.in.rest.TrainingEventDtos.MeetingHealthBody;
import org.viltzoom.event.adapter.in.rest.TrainingEventDtos.TimesBody;
import org.viltzoom.event.adapter.in.rest.TrainingEventDtos.TrainingEventRequest;
import org.viltzoom.event.adapter.in.rest.TrainingEventDtos.TrainingEventResponse;
import org.viltzoom.event.domain.AttendanceRequirement;
import org.viltzoom.event.domain.EventDetails;
import org.viltzoom.event.domain.EventKind;
import org.viltzoom.event.domain.EventTimes;
import org.viltzoom.event.domain.TrainingEvent;
import org.viltzoom.kernel.rest.FieldViolation;
import org.viltzoom.kernel.rest.ProblemException;

/**
 * Maps between the API's bodies and the domain. Written by hand: the domain records validate
 * enum names, which must become field errors rather than mapping exceptions.
 */
final class TrainingEventRestMapper {

    private static final int DEFAULT_JOIN_BUTTON_LEAD_MINUTES = 15;

    private TrainingEventRestMapper() {
    }

    static EventDetails toDetails(TrainingEventRequest request) {
        if (request == null) {
            throw ProblemException.invalidFields(java.util.List.of(
                    new FieldViolation("body", "missing", "Send the training event as JSON.")));
        }
        TimesBody times = request.times();
        EventTimes eventTimes = times == null ? null
                : new EventTimes(times.date(), times.start(), times.end(), times.breakStart(), times.breakEnd(),
                times.timeZone());
        return new EventDetails(request.courseId(), request.iltSessionId(), request.name(), request.description(),
                kind(request.kind()), eventTimes, request.accountId(), request.hostId(), blankToNull(request.templateId()),
                request.alternativeHosts(), request.instructorLmsUserIds(), attendance(request.attendance()),
                request.joinButtonLeadMinutes() == null ? DEFAULT_JOIN_BUTTON_LEAD_MINUTES : request.joinButtonLeadMinutes(),
                request.registrationRequired(), request.authenticationRequired(), blankToNull(request.passcode()));
    }

    static TrainingEventResponse toResponse(TrainingEvent event, Instant now) {
        EventDetails details = event.details();
        EventTimes times = details.times();
        return new TrainingEventResponse(
                event.id(), event.platform(), details.courseId(), details.iltSessionId(), details.name(),
                details.description(), details.kind().name(),
                new TimesBody(times.date(), times.start(), times.end(), times.breakStart(), times.breakEnd(),
                        times.timeZone()),
                times.startInstant(), times.endInstant(), times.durationMinutes(),
                details.accountId(), details.hostId(), details.templateId(), details.alternativeHosts(),
                details.instructorLmsUserIds(),
                new AttendanceBody(details.attendance().mode().name(), details.attendance().percentage()),
                details.joinButtonLeadMinutes(), details.registrationRequired(), details.authenticationRequired(),
                details.passcode(), event.status().name(), event.syncState().name(), event.syncRetryAfter(),
                new MeetingBody(event.meeting().meetingId(), event.meeting().joinUrl(), null),
                event.meetingHistory(), event.hostFlagged(),
                new MeetingHealthBody(event.health().hostMissing(), event.health().suspectSince(),
                        event.health().deletedInZoom()),
                event.joinButtonVisible(now), event.version());
    }

    static TrainingEventResponse withStartUrl(TrainingEventResponse response, String startUrl) {
        MeetingBody meeting = new MeetingBody(response.meeting().meetingId(), response.meeting().joinUrl(), startUrl);
        return new TrainingEventResponse(response.id(), response.platform(), response.courseId(),
                response.iltSessionId(), response.name(), response.description(), response.kind(), response.times(),
                response.start(), response.end(), response.durationMinutes(), response.accountId(), response.hostId(),
                response.templateId(), response.alternativeHosts(), response.instructorLmsUserIds(),
                response.attendance(), response.joinButtonLeadMinutes(), response.registrationRequired(),
                response.authenticationRequired(), response.passcode(), response.status(), response.syncState(),
                response.syncRetryAfter(), meeting, response.meetingHistory(), response.hostFlagged(),
                response.meetingHealth(), response.joinButtonVisible(), response.version());
    }

    static LearnerView toLearnerView(TrainingEvent event, Instant now) {
        EventTimes times = event.details().times();
        boolean visible = event.joinButtonVisible(now);
        return new LearnerView(event.id(), event.details().name(), times.startInstant(), times.endInstant(),
                times.timeZone(), event.status().name(), visible ? event.meeting().joinUrl() : null, visible);
    }

    private static EventKind kind(String value) {
        if (value == null) {
            return null;
        }
        try {
            return EventKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidFields(java.util.List.of(new FieldViolation("kind", "invalid-kind",
                    "Kind " + value + " is invalid; use MEETING or WEBINAR.")));
        }
    }

    private static AttendanceRequirement attendance(AttendanceBody body) {
        if (body == null || body.mode() == null) {
            return AttendanceRequirement.onJoin();
        }
        try {
            return new AttendanceRequirement(AttendanceRequirement.Mode.valueOf(body.mode()), body.percentage());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidFields(java.util.List.of(new FieldViolation("attendance.mode",
                    "invalid-attendance-mode", "Attendance mode " + body.mode() + " is invalid; use ON_JOIN or PERCENTAGE.")));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
