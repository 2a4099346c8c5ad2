-- Plumbing shared by every service: the transactional outbox and the processed-event log. Platform migrations keep
-- their own history (platform_schema_history) and are written to be run on a database that already has these tables
-- (created by the services' own migrations before 2026-12-06): every statement is a no-op when its object exists.
create table if not exists outbox_event (
    seq         bigserial primary key,
    id          varchar(64)  not null unique,
    subject     varchar(128) not null,
    type        varchar(128) not null,
    occurred_at timestamptz  not null,
    payload     text         not null
);

create table if not exists processed_event (
    consumer     varchar(64)  not null,
    event_id     varchar(128) not null,
    processed_at timestamptz  not null,
    primary key (consumer, event_id)
);
