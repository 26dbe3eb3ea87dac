-- Read model of training events, kept from vilt.training-event.v1.
create table training_event (
    id                       uuid          primary key,
    platform                 varchar(63)   not null,
    host_email               varchar(254),
    alternative_host_emails  text          not null default '',
    attendance_mode          varchar(32),
    attendance_percentage    integer,
    cancelled                boolean       not null default false,
    updated_at               timestamptz   not null
);

-- Every Zoom meeting id an event ever had, because notifications for a replaced meeting still belong to it.
create table training_event_meeting (
    zoom_meeting_id    bigint  primary key,
    training_event_id  uuid    not null references training_event (id) on delete cascade
);

create index training_event_meeting_event on training_event_meeting (training_event_id);

-- No foreign key: an enrollment may arrive for an event this service has not seen scheduled.
create table enrollment (
    training_event_id  uuid          not null,
    lms_user_id        varchar(255)  not null,
    email              varchar(254),
    registrant_id      varchar(255),
    primary key (training_event_id, lms_user_id)
);

-- One run of a Zoom meeting. The start comes from meeting.started, else meeting.ended's
-- start_time, else the earliest join. Zoom's duration field is not stored.
create table meeting_instance (
    uuid              varchar(255)  primary key,
    zoom_meeting_id   bigint        not null,
    host_zoom_user_id varchar(255),
    started_at        timestamptz,
    ended_start_time  timestamptz,
    ended_at          timestamptz
);

create index meeting_instance_meeting on meeting_instance (zoom_meeting_id);

-- One participant connection: Zoom's participant_uuid, else user_id and join time. A leave that
-- arrives before its join is kept with join_time null until the join arrives.
create table participant_connection (
    meeting_uuid     varchar(255)  not null,
    connection_id    varchar(255)  not null,
    zoom_meeting_id  bigint        not null,
    zoom_user_id     varchar(255),
    user_id          varchar(255),
    join_time        timestamptz,
    leave_time       timestamptz,
    email            varchar(254),
    registrant_id    varchar(255),
    customer_key     varchar(255),
    name             varchar(255),
    primary key (meeting_uuid, connection_id)
);

-- The last published AttendanceFinalized of an event, to publish a new version only on change.
create table published_attendance (
    training_event_id  uuid          primary key,
    version            integer       not null,
    fingerprint        varchar(80)   not null,
    published_at       timestamptz   not null
);
