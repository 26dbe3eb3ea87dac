-- Training events, their Zoom meetings and the read models event-service keeps of accounts and hosts.

CREATE TABLE training_event (
    id                          UUID PRIMARY KEY,
    platform                    VARCHAR(100)  NOT NULL,
    account_id                  UUID          NOT NULL,
    course_id                   VARCHAR(200)  NOT NULL,
    ilt_session_id              VARCHAR(200)  NOT NULL,
    name                        VARCHAR(200)  NOT NULL,
    description                 VARCHAR(2000),
    kind                        VARCHAR(20)   NOT NULL,
    event_date                  DATE          NOT NULL,
    start_time                  TIME          NOT NULL,
    end_time                    TIME          NOT NULL,
    break_start                 TIME,
    break_end                   TIME,
    time_zone                   VARCHAR(64)   NOT NULL,
    -- Derived from date, times and zone; stored for range and overlap queries.
    start_at                    TIMESTAMPTZ   NOT NULL,
    end_at                      TIMESTAMPTZ   NOT NULL,
    host_id                     UUID          NOT NULL,
    template_id                 VARCHAR(200),
    alternative_hosts           TEXT          NOT NULL,
    instructor_lms_user_ids     TEXT          NOT NULL,
    attendance_mode             VARCHAR(20)   NOT NULL,
    attendance_percentage       INTEGER,
    join_button_lead_minutes    INTEGER       NOT NULL,
    registration_required       BOOLEAN,
    authentication_required     BOOLEAN,
    passcode                    VARCHAR(10),
    status                      VARCHAR(20)   NOT NULL,
    sync_state                  VARCHAR(20)   NOT NULL,
    sync_retry_after            TIMESTAMPTZ,
    meeting_id                  BIGINT        NOT NULL,
    meeting_kind                VARCHAR(20)   NOT NULL,
    join_url                    VARCHAR(1000) NOT NULL,
    meeting_host_zoom_user_id   VARCHAR(100)  NOT NULL,
    host_flagged                BOOLEAN       NOT NULL DEFAULT FALSE,
    host_missing                BOOLEAN       NOT NULL DEFAULT FALSE,
    meeting_suspect_since       TIMESTAMPTZ,
    meeting_deleted_in_zoom     BOOLEAN       NOT NULL DEFAULT FALSE,
    version                     BIGINT        NOT NULL,
    created_at                  TIMESTAMPTZ   NOT NULL
);

CREATE INDEX training_event_account_start ON training_event (account_id, start_at);
CREATE INDEX training_event_platform_course ON training_event (platform, course_id, ilt_session_id);
CREATE INDEX training_event_host ON training_event (host_id, start_at);
CREATE INDEX training_event_sync_due ON training_event (sync_state, sync_retry_after);

-- Every Zoom meeting an event ever had, so that late notifications for an old id find the event.
CREATE TABLE training_event_meeting (
    meeting_id          BIGINT PRIMARY KEY,
    training_event_id   UUID        NOT NULL REFERENCES training_event (id),
    assigned_at         TIMESTAMPTZ NOT NULL
);

CREATE INDEX training_event_meeting_event ON training_event_meeting (training_event_id);

-- Zoom meetings that no event uses any more, kept until Zoom confirms the delete.
CREATE TABLE meeting_deletion (
    meeting_id          BIGINT PRIMARY KEY,
    kind                VARCHAR(20)  NOT NULL,
    account_id          UUID         NOT NULL,
    host_zoom_user_id   VARCHAR(100) NOT NULL,
    training_event_id   UUID,
    attempts            INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at     TIMESTAMPTZ  NOT NULL,
    last_error          VARCHAR(1000)
);

CREATE INDEX meeting_deletion_due ON meeting_deletion (next_attempt_at);

-- Zoom meeting writes per host and UTC day, against Zoom's per-host daily limit.
CREATE TABLE host_write_budget (
    host_zoom_user_id   VARCHAR(100) NOT NULL,
    utc_day             DATE         NOT NULL,
    used                INTEGER      NOT NULL,
    PRIMARY KEY (host_zoom_user_id, utc_day)
);

CREATE TABLE idempotency_key (
    platform            VARCHAR(100) NOT NULL,
    idempotency_key     VARCHAR(200) NOT NULL,
    training_event_id   UUID         NOT NULL,
    created_at          TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (platform, idempotency_key)
);

CREATE TABLE account_view (
    account_id                  UUID PRIMARY KEY,
    platform                    VARCHAR(100) NOT NULL,
    status                      VARCHAR(20)  NOT NULL,
    zoom_account_id             VARCHAR(100),
    max_sessions_per_course     INTEGER,
    max_sessions_per_account    INTEGER,
    max_concurrent_rooms        INTEGER,
    mandatory_registration      BOOLEAN      NOT NULL,
    mandatory_authentication    BOOLEAN      NOT NULL,
    authentication_option       VARCHAR(200),
    enabled_template_ids        TEXT         NOT NULL,
    default_template_id         VARCHAR(200)
);

CREATE TABLE host_view (
    host_id             UUID PRIMARY KEY,
    account_id          UUID         NOT NULL,
    lms_user_id         VARCHAR(200) NOT NULL,
    email               VARCHAR(320) NOT NULL,
    email_lower         VARCHAR(320) NOT NULL,
    zoom_user_id        VARCHAR(100),
    paired              BOOLEAN      NOT NULL,
    webinar_capable     BOOLEAN      NOT NULL
);

CREATE INDEX host_view_account_email ON host_view (account_id, email_lower);

-- Learners enrolled in an event; with registration, their Zoom registrant and personal join URL.
CREATE TABLE enrollment (
    training_event_id   UUID          NOT NULL REFERENCES training_event (id),
    lms_user_id         VARCHAR(200)  NOT NULL,
    email               VARCHAR(320),
    first_name          VARCHAR(200),
    last_name           VARCHAR(200),
    registrant_id       VARCHAR(200),
    join_url            VARCHAR(1000),
    PRIMARY KEY (training_event_id, lms_user_id)
);

-- Cloud recording files announced by recording.completed and recording.transcript_completed,
-- one row per meeting instance and file however often Zoom delivers the notification.
CREATE TABLE recording_file (
    meeting_uuid        VARCHAR(200)  NOT NULL,
    file_id             VARCHAR(200)  NOT NULL,
    meeting_id          BIGINT        NOT NULL,
    training_event_id   UUID,
    file_type           VARCHAR(50),
    file_size           BIGINT,
    recording_type      VARCHAR(100),
    status              VARCHAR(50),
    download_url        VARCHAR(2000),
    -- Zoom's download_token of the newest notification; a secret, never returned by the API.
    download_token      VARCHAR(2000),
    notified_at         TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (meeting_uuid, file_id)
);

CREATE INDEX recording_file_event ON recording_file (training_event_id);
