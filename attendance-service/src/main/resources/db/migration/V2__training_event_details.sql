-- What reports and the reconciliation need of a training event: its account (for Zoom calls),
-- course, name and schedule. Rows stored before this migration keep nulls until their next change.
alter table training_event
    add column account_id       uuid,
    add column course_id        varchar(255),
    add column ilt_session_id   varchar(255),
    add column name             varchar(300),
    add column kind             varchar(32),
    add column scheduled_start  timestamptz,
    add column scheduled_end    timestamptz,
    add column time_zone        varchar(64);

create index training_event_course on training_event (platform, course_id);
create index training_event_start on training_event (platform, scheduled_start);

-- The learner's names, for the reports' contact data.
alter table enrollment
    add column first_name  varchar(255),
    add column last_name   varchar(255);

create index enrollment_user on enrollment (lms_user_id);
