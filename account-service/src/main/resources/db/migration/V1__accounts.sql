create table account (
    id                          uuid          primary key,
    platform                    varchar(63)   not null,
    name                        varchar(255)  not null,
    description                 varchar(2000),
    status                      varchar(32)   not null,
    unpair_reason               varchar(64),
    zoom_account_id             varchar(255),
    pairing_mode                varchar(32),
    zoom_app_client_id          varchar(255),
    authorized_by_zoom_user_id  varchar(255),
    paired_at                   timestamptz,
    superseded_by_account_id    uuid,
    superseded_by_platform      varchar(63),
    max_sessions_per_course     integer,
    max_sessions_per_account    integer,
    max_concurrent_rooms        integer,
    mandatory_registration      boolean       not null,
    mandatory_authentication    boolean       not null,
    authentication_option       varchar(255),
    default_template_id         varchar(255),
    missing_scopes              varchar(2000) not null default '',
    version                     bigint        not null,
    created_at                  timestamptz   not null,
    updated_at                  timestamptz   not null
);

create index account_platform_order on account (platform, created_at, id);

-- One Zoom account is paired to at most one record across all platforms.
create unique index account_one_pairing_per_zoom_account on account (zoom_account_id) where status = 'PAIRED';

create table account_template (
    account_id   uuid         not null references account (id) on delete cascade,
    template_id  varchar(255) not null,
    primary key (account_id, template_id)
);

-- Zoom secrets, AES-GCM encrypted with the account id as associated data.
create table zoom_credentials (
    account_id               uuid          primary key references account (id) on delete cascade,
    refresh_token            text,
    access_token             text,
    access_token_expires_at  timestamptz,
    scopes                   varchar(2000) not null default '',
    api_base_url             varchar(255),
    client_id                varchar(255),
    client_secret            text,
    webhook_secret_token     text,
    updated_at               timestamptz   not null
);

create index zoom_credentials_client on zoom_credentials (client_id) where client_id is not null;

create table pairing_attempt (
    nonce       varchar(64)  primary key,
    account_id  uuid         not null references account (id) on delete cascade,
    overwrite   boolean      not null,
    expires_at  timestamptz  not null,
    used_at     timestamptz
);
