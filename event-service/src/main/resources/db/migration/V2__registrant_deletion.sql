-- Zoom registrants of learners who were unenrolled or registered again under a new email, kept
-- until Zoom confirms the delete, so that no personal join URL keeps working unnoticed.
CREATE TABLE registrant_deletion (
    meeting_id          BIGINT        NOT NULL,
    registrant_id       VARCHAR(200)  NOT NULL,
    kind                VARCHAR(20)   NOT NULL,
    account_id          UUID          NOT NULL,
    training_event_id   UUID          NOT NULL,
    attempts            INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at     TIMESTAMPTZ   NOT NULL,
    last_error          VARCHAR(1000),
    PRIMARY KEY (meeting_id, registrant_id)
);

CREATE INDEX registrant_deletion_due ON registrant_deletion (next_attempt_at);
