-- Plumbing shared by every service: the transactional outbox and the processed-event log.
create table outbox_event (
    seq         bigserial primary key,
    id          varchar(64)  not null unique,
    subject     varchar(128) not null,
    type        varchar(128) not null,
    occurred_at timestamptz  not null,
    payload     text         not null
);

create table processed_event (
    consumer     varchar(64)  not null,
    event_id     varchar(128) not null,
    processed_at timestamptz  not null,
    primary key (consumer, event_id)
);
