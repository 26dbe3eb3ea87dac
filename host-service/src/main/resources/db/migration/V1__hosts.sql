-- Accounts as account-service's domain events report them.
create table account_view (
    account_id       uuid          primary key,
    platform         varchar(63)   not null,
    zoom_account_id  varchar(255),
    status           varchar(32)   not null,
    updated_at       timestamptz   not null
);

create index account_view_zoom_account on account_view (zoom_account_id);

create table host (
    id                uuid          primary key,
    account_id        uuid          not null,
    platform          varchar(63)   not null,
    lms_user_id       varchar(255)  not null,
    email             varchar(254)  not null,
    -- Lower-case email: Zoom matches emails case-insensitively.
    email_normalized  varchar(254)  not null,
    first_name        varchar(255)  not null,
    last_name         varchar(255)  not null,
    status            varchar(32)   not null,
    unpair_reason     varchar(32),
    zoom_user_id      varchar(255),
    webinar_capable   boolean       not null,
    last_checked_at   timestamptz,
    check_due_at      timestamptz   not null,
    version           bigint        not null,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    constraint host_one_per_lms_user unique (account_id, lms_user_id)
);

create index host_account_order on host (account_id, created_at, id);
create index host_account_status on host (account_id, status);
create index host_zoom_user on host (zoom_user_id);
create index host_account_email on host (account_id, email_normalized);
create index host_check_due on host (check_due_at);
