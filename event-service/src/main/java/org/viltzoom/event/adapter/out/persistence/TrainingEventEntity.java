package org.viltzoom.event.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

@Entity
@Table(name = "training_event")
public class TrainingEventEntity {

    @Id
    public UUID id;
    public String platform;
    @Column(name = "account_id")
    public UUID accountId;
    @Column(name = "course_id")
    public String courseId;
    @Column(name = "ilt_session_id")
    public String iltSessionId;
    public String name;
    public String description;
    public String kind;
    @Column(name = "event_date")
    public LocalDate eventDate;
    @Column(name = "start_time")
    public LocalTime startTime;
    @Column(name = "end_time")
    public LocalTime endTime;
    @Column(name = "break_start")
    public LocalTime breakStart;
    @Column(name = "break_end")
    public LocalTime breakEnd;
    @Column(name = "time_zone")
    public String timeZone;
    @Column(name = "start_at")
    public Instant startAt;
    @Column(name = "end_at")
    public Instant endAt;
    @Column(name = "host_id")
    public UUID hostId;
    @Column(name = "template_id")
    public String templateId;
    /** A JSON array of emails. */
    @Column(name = "alternative_hosts")
    public String alternativeHosts;
    /** A JSON array of LMS user ids. */
    @Column(name = "instructor_lms_user_ids")
    public String instructorLmsUserIds;
    @Column(name = "attendance_mode")
    public String attendanceMode;
    @Column(name = "attendance_percentage")
    public Integer attendancePercentage;
    @Column(name = "join_button_lead_minutes")
    public int joinButtonLeadMinutes;
    @Column(name = "registration_required")
    public Boolean registrationRequired;
    @Column(name = "authentication_required")
    public Boolean authenticationRequired;
    public String passcode;
    public String status;
    @Column(name = "sync_state")
    public String syncState;
    @Column(name = "sync_retry_after")
    public Instant syncRetryAfter;
    @Column(name = "meeting_id")
    public long meetingId;
    @Column(name = "meeting_kind")
    public String meetingKind;
    @Column(name = "join_url")
    public String joinUrl;
    @Column(name = "meeting_host_zoom_user_id")
    public String meetingHostZoomUserId;
    @Column(name = "host_flagged")
    public boolean hostFlagged;
    @Column(name = "host_missing")
    public boolean hostMissing;
    @Column(name = "meeting_suspect_since")
    public Instant meetingSuspectSince;
    @Column(name = "meeting_deleted_in_zoom")
    public boolean meetingDeletedInZoom;
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
}
