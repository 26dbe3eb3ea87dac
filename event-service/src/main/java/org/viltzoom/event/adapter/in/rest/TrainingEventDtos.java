package org.viltzoom.event.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** The JSON bodies of the training event API. */
final class TrainingEventDtos {

    private TrainingEventDtos() {
    }

    /** Wall-clock times on one date in an IANA time zone; times are {@code HH:mm}. */
    record TimesBody(LocalDate date,
                     @JsonFormat(pattern = "HH:mm") LocalTime start,
                     @JsonFormat(pattern = "HH:mm") LocalTime end,
                     @JsonFormat(pattern = "HH:mm") LocalTime breakStart,
                     @JsonFormat(pattern = "HH:mm") LocalTime breakEnd,
                     String timeZone) {
    }

    /** @param mode {@code ON_JOIN} or {@code PERCENTAGE} */
    record AttendanceBody(String mode, Integer percentage) {
    }

    /**
     * A training event as an LMS creates or edits it.
     *
     * @param kind {@code MEETING} or {@code WEBINAR}
     * @param joinButtonLeadMinutes minutes before the start from which learners see the join button; default 15
     * @param registrationRequired null takes the account's default
     * @param authenticationRequired null takes the account's default
     */
    record TrainingEventRequest(
            String courseId,
            String iltSessionId,
            String name,
            String description,
            String kind,
            TimesBody times,
            UUID accountId,
            UUID hostId,
            String templateId,
            List<String> alternativeHosts,
            List<String> instructorLmsUserIds,
            AttendanceBody attendance,
            Integer joinButtonLeadMinutes,
            Boolean registrationRequired,
            Boolean authenticationRequired,
            String passcode) {
    }

    record MeetingHealthBody(boolean hostMissing, Instant suspectSince, boolean deletedInZoom) {
    }

    /** The meeting; the start URL appears only in the host view. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MeetingBody(long meetingId, String joinUrl, String startUrl) {
    }

    /** A training event as administrators and instructors see it. */
    record TrainingEventResponse(
            UUID id,
            String platform,
            String courseId,
            String iltSessionId,
            String name,
            String description,
            String kind,
            TimesBody times,
            Instant start,
            Instant end,
            long durationMinutes,
            UUID accountId,
            UUID hostId,
            String templateId,
            List<String> alternativeHosts,
            List<String> instructorLmsUserIds,
            AttendanceBody attendance,
            int joinButtonLeadMinutes,
            Boolean registrationRequired,
            Boolean authenticationRequired,
            String passcode,
            String status,
            String syncState,
            Instant syncRetryAfter,
            MeetingBody meeting,
            List<Long> meetingHistory,
            boolean hostFlagged,
            MeetingHealthBody meetingHealth,
            boolean joinButtonVisible,
            long version) {
    }

    /** The learner's view of an event: the join URL, never the start URL or the host's data. */
    record LearnerView(UUID id, String name, Instant start, Instant end, String timeZone, String status, String joinUrl,
                       boolean joinButtonVisible) {
    }

    record TrainingEventPage(List<TrainingEventResponse> items, int page, int size, long total) {
    }

    record PasscodeResponse(String passcode) {
    }
}
