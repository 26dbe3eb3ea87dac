-- Transactional outbox: domain events written in the same transaction as the state change,
-- published to Kafka by the relay in id order.
create table outbox_message (
    id              bigint generated always as identity primary key,
    envelope_id     uuid         not null unique,
    topic           varchar(255) not null,
    message_key     varchar(255) not null,
    event_type      varchar(255) not null,
    envelope        text         not null,
    created_at      timestamptz  not null,
    sent_at         timestamptz,
    attempts        integer      not null default 0,
    last_error      varchar(2000)
);

create index outbox_message_unsent on outbox_message (id) where sent_at is null;

-- Inbox: the envelope ids a consumer group has processed, written in the same transaction as
-- the effect, so a redelivered message changes nothing.
create table inbox_message (
    consumer_group  varchar(255) not null,
    message_id      varchar(255) not null,
    topic           varchar(255) not null,
    kafka_partition integer      not null,
    kafka_offset    bigint       not null,
    outcome         varchar(32)  not null,
    processed_at    timestamptz  not null,
    primary key (consumer_group, message_id)
);
