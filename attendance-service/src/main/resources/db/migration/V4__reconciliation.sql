-- One reconciliation per ended meeting instance against Zoom's participant report. A replica
-- claims due rows with "for update skip locked" and moves next_attempt_at by a lease, so a row
-- runs on one replica at a time and becomes due again if that replica dies.
create table reconciliation (
    meeting_uuid      varchar(255)  primary key,
    zoom_meeting_id   bigint        not null,
    -- The training event's account, known once an attempt found the event.
    account_id        uuid,
    state             varchar(16)   not null default 'PENDING' check (state in ('PENDING', 'FINISHED')),
    attempts          integer       not null default 0,
    next_attempt_at   timestamptz   not null,
    last_error        varchar(500),
    -- The result of a finished reconciliation: RECONCILED, REPORT_NOT_FOUND, ACCOUNT_NOT_PAIRED, ...
    outcome           varchar(32),
    outcome_detail    varchar(500),
    created_at        timestamptz   not null,
    finished_at       timestamptz
);

create index reconciliation_due on reconciliation (next_attempt_at) where state = 'PENDING';
