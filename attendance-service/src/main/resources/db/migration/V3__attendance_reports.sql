-- The published attendance, kept for the reports. Each new version replaces the event's rows.
-- Results published before this migration have no stored rows until their next version.
alter table published_attendance
    add column actual_length_seconds  bigint;

create table learner_attendance (
    training_event_id  uuid              not null references published_attendance (training_event_id) on delete cascade,
    lms_user_id        varchar(255)      not null,
    status             varchar(16)       not null,
    seconds_attended   bigint            not null,
    percentage         double precision  not null,
    joins              integer           not null,
    shared_email       boolean           not null,
    primary key (training_event_id, lms_user_id)
);

create index learner_attendance_user on learner_attendance (lms_user_id);

-- The participants who matched no learner, in the published order (longest time first).
create table unmatched_attendance (
    training_event_id  uuid          not null references published_attendance (training_event_id) on delete cascade,
    position           integer       not null,
    name               varchar(255),
    email              varchar(254),
    seconds_attended   bigint        not null,
    primary key (training_event_id, position)
);

-- An erased LMS user: enrollments whose LearnerEnrolled was sent before erased_at store no contact data.
create table erased_learner (
    platform     varchar(63)   not null,
    lms_user_id  varchar(255)  not null,
    erased_at    timestamptz   not null,
    primary key (platform, lms_user_id)
);

-- A connection whose personal data was erased still credits the erased learner it matched, so
-- that a later recomputation keeps the learner's published result. A shared email may credit several.
create table erased_credit (
    meeting_uuid   varchar(255)  not null,
    connection_id  varchar(255)  not null,
    lms_user_id    varchar(255)  not null,
    primary key (meeting_uuid, connection_id, lms_user_id),
    foreign key (meeting_uuid, connection_id) references participant_connection (meeting_uuid, connection_id)
        on delete cascade
);

-- A connection whose identity was erased stays erased. A late join or leave of the same
-- connection fills null fields, so this trigger keeps them null.
alter table participant_connection
    add column identity_erased  boolean  not null default false;

create function keep_connection_identity_erased() returns trigger language plpgsql as $$
begin
    if old.identity_erased then
        new.identity_erased := true;
        new.email := null;
        new.name := null;
        new.registrant_id := null;
        new.customer_key := null;
        new.zoom_user_id := null;
    end if;
    return new;
end;
$$;

create trigger participant_connection_identity_erased
    before update on participant_connection
    for each row execute function keep_connection_identity_erased();
