-- incident-service schema: incidents with their work log and history, alerts, problems and reference data.
create extension if not exists pg_trgm;

-- Reference data -------------------------------------------------------------------------------------
create table team (
    id            varchar(64)  primary key,
    name          varchar(200) not null,
    tier          smallint     not null check (tier between 1 and 3),
    email         varchar(200),
    escalates_to  varchar(64)  references team (id),
    version       bigint       not null default 0
);
create table team_member (
    team_id  varchar(64)  not null references team (id) on delete cascade,
    member   varchar(100) not null,
    primary key (team_id, member)
);
-- The hierarchical escalation path of a team: position 0 is the team's manager, then the manager's manager, …
create table team_manager (
    team_id   varchar(64)  not null references team (id) on delete cascade,
    position  int          not null,
    name      varchar(200) not null,
    email     varchar(200),
    phone     varchar(50),
    primary key (team_id, position)
);

create table catalog_service (
    id           varchar(64)  primary key,
    name         varchar(200) not null,
    owning_team  varchar(64)  not null references team (id),
    significant  boolean      not null,
    active       boolean      not null default true,
    version      bigint       not null default 0
);

create table help_desk (
    id          varchar(64)  primary key,
    name        varchar(200) not null,
    phone       varchar(50),
    email       varchar(200),
    url         varchar(500),
    hours       varchar(200),
    version     bigint       not null default 0
);

create table category (
    code     varchar(64)  primary key,
    name     varchar(200) not null,
    active   boolean      not null default true,
    version  bigint       not null default 0
);

create table priority_rule (
    severity  smallint    not null check (severity between 1 and 4),
    urgency   varchar(8)  not null,
    priority  varchar(2)  not null,
    primary key (severity, urgency)
);

create table sla_policy (
    id                         uuid        primary key,
    customer_org               varchar(100),
    priority                   varchar(2)  not null,
    response_target_seconds    bigint      not null check (response_target_seconds > 0),
    resolution_target_seconds  bigint      not null check (resolution_target_seconds > 0),
    hours                      varchar(20) not null,
    version                    bigint      not null default 0
);
-- one policy per organisation and priority; the row without an organisation is the default
create unique index sla_policy_org_priority on sla_policy (coalesce(customer_org, ''), priority);

create table known_error (
    id          uuid          primary key,
    title       varchar(200)  not null,
    symptoms    text          not null,
    workaround  text          not null,
    service_ids varchar(64)[]  not null default '{}',
    active      boolean       not null default true,
    created_at  timestamptz   not null,
    version     bigint        not null default 0,
    search      tsvector generated always as (
        setweight(to_tsvector('english', title), 'A') ||
        setweight(to_tsvector('english', symptoms), 'B') ||
        setweight(to_tsvector('english', workaround), 'C')) stored
);
create index known_error_search on known_error using gin (search);

-- Incidents ------------------------------------------------------------------------------------------
create sequence incident_number_seq;
create table incident (
    id                         uuid          primary key,
    number                     varchar(16)   not null unique,
    status                     varchar(16)   not null,
    source                     varchar(16)   not null,
    summary                    varchar(200)  not null,
    description                text,
    severity                   smallint      not null check (severity between 1 and 4),
    urgency                    varchar(8)    not null,
    priority                   varchar(2)    not null,
    category                   varchar(64),
    service_ids                varchar(64)[] not null default '{}',
    significant_service        boolean       not null,
    customer_org               varchar(100),
    reporter_name              varchar(200),
    reporter_email             varchar(200),
    reporter_phone             varchar(50),
    received_at                timestamptz   not null,
    logged_at                  timestamptz   not null,
    logged_by                  varchar(100)  not null,
    assigned_team              varchar(64),
    assignee                   varchar(100),
    management_level           int           not null default 0,
    -- SLA clock
    sla_hours                  varchar(20)   not null,
    sla_started_at             timestamptz   not null,
    response_target_seconds    bigint        not null,
    resolution_target_seconds  bigint        not null,
    response_due_at            timestamptz   not null,
    response_warn_at           timestamptz   not null,
    responded_at               timestamptz,
    resolution_due_at          timestamptz   not null,
    resolution_warn_at         timestamptz   not null,
    paused_at                  timestamptz,
    paused_seconds             bigint        not null default 0,
    response_warned            boolean       not null default false,
    response_breached          boolean       not null default false,
    resolution_warned          boolean       not null default false,
    resolution_breached        boolean       not null default false,
    -- resolution and closure
    resolution_type            varchar(16),
    resolution                 text,
    resolved_at                timestamptz,
    resolved_by                varchar(100),
    dispute_deadline           timestamptz,
    auto_close_at              timestamptz,
    referred_to                varchar(64)   references help_desk (id),
    closed_at                  timestamptz,
    closed_by                  varchar(100),
    close_reason               varchar(200),
    reopen_count               int           not null default 0,
    major_incident_id          uuid,
    follow_up_of               uuid          references incident (id),
    opened_by_alert            boolean       not null default false,
    person_acted               boolean       not null default false,
    version                    bigint        not null
);
create index incident_status on incident (status);
create index incident_received_at on incident (received_at);
create index incident_customer_org on incident (customer_org);
create index incident_service_ids on incident using gin (service_ids);
create index incident_summary_trgm on incident using gin (summary gin_trgm_ops);
create index incident_major_incident on incident (major_incident_id);
create index incident_response_due on incident (response_due_at) where responded_at is null;
create index incident_resolution_due on incident (resolution_due_at) where paused_at is null;
create index incident_auto_close on incident (auto_close_at) where status in ('RESOLVED', 'REFERRED');

-- Every change of every field: who, when, what. Append-only: updates and deletes are refused.
create table incident_history (
    id           bigserial     primary key,
    incident_id  uuid          not null references incident (id),
    at           timestamptz   not null,
    actor        varchar(100)  not null,
    action       varchar(40)   not null,
    field        varchar(40),
    old_value    text,
    new_value    text
);
create index incident_history_incident on incident_history (incident_id, id);
create function incident_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'incident_history is append-only';
end $$;
create trigger incident_history_append_only before update or delete on incident_history
    for each row execute function incident_history_is_append_only();

create table incident_note (
    id           uuid          primary key,
    incident_id  uuid          not null references incident (id),
    at           timestamptz   not null,
    author       varchar(100)  not null,
    visibility   varchar(20)   not null,
    text         text          not null
);
create index incident_note_incident on incident_note (incident_id, at);

create table contact_attempt (
    id           uuid          primary key,
    incident_id  uuid          not null references incident (id),
    at           timestamptz   not null,
    recorded_by  varchar(100)  not null,
    method       varchar(16)   not null,
    outcome      varchar(20)   not null,
    note         text
);
create index contact_attempt_incident on contact_attempt (incident_id, at);

create table incident_link (
    id             uuid          primary key,
    incident_id    uuid          not null references incident (id),
    target_id      uuid          not null references incident (id),
    type           varchar(16)   not null,
    at             timestamptz   not null,
    created_by     varchar(100)  not null,
    unique (incident_id, target_id, type),
    check (incident_id <> target_id)
);
create index incident_link_target on incident_link (target_id);

-- Monitoring alerts ----------------------------------------------------------------------------------
-- One row per alert identity while it feeds one incident; repeats update it instead of opening another.
create table monitored_alert (
    id                uuid          primary key,
    source            varchar(16)   not null,
    dedup_key         varchar(255)  not null,
    incident_id       uuid          references incident (id),
    active            boolean       not null,
    status            varchar(16)   not null,
    occurrences       int           not null,
    deliveries        int           not null,
    summary           varchar(200),
    severity          varchar(32),
    first_seen_at     timestamptz   not null,
    last_seen_at      timestamptz   not null,
    last_received_at  timestamptz   not null,
    resolved_at       timestamptz,
    version           bigint        not null default 0
);
-- the database, not a lookup, guarantees one open incident per alert identity under concurrent posts
create unique index monitored_alert_one_active on monitored_alert (source, dedup_key) where active;
create index monitored_alert_incident on monitored_alert (incident_id);

-- One firing of an alert (Alertmanager: fingerprint + startsAt): makes retries and re-sent groups idempotent.
create table alert_episode (
    source       varchar(16)   not null,
    dedup_key    varchar(255)  not null,
    starts_at    varchar(64)   not null,
    alert_id     uuid          references monitored_alert (id),
    status       varchar(16)   not null,
    primary key (source, dedup_key, starts_at)
);

-- Problems -------------------------------------------------------------------------------------------
create sequence problem_number_seq;
create table problem (
    id                 uuid          primary key,
    number             varchar(16)   not null unique,
    status             varchar(16)   not null,
    title              varchar(200)  not null,
    description        text,
    reason             varchar(24)   not null,
    major_incident_id  uuid,
    root_cause         text,
    workaround         text,
    known_error_id     uuid          references known_error (id),
    resolution         text,
    opened_at          timestamptz   not null,
    opened_by          varchar(100)  not null,
    resolved_at        timestamptz,
    closed_at          timestamptz,
    version            bigint        not null
);
create index problem_status on problem (status);
-- all incidents of one major incident share one open problem
create unique index problem_one_open_per_major_incident on problem (major_incident_id)
    where major_incident_id is not null and status in ('OPEN', 'KNOWN_ERROR');

create table problem_incident (
    problem_id   uuid  not null references problem (id),
    incident_id  uuid  not null references incident (id),
    primary key (problem_id, incident_id)
);
create index problem_incident_incident on problem_incident (incident_id);
