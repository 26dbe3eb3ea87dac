-- The effect of the test consumer: one row per applied LearnerUnenrolled domain event.
create table test_effect (
    id           bigint generated always as identity primary key,
    envelope_id  uuid         not null,
    lms_user_id  varchar(255) not null
);
