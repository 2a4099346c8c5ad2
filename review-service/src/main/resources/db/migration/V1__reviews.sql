-- Reviews (AAR, PIR), their deliverables, change history and action items.
create table review (
    id                 uuid primary key,
    type               varchar(8)   not null,
    trigger_kind       varchar(32)  not null,
    -- one review per trigger, whatever the redeliveries (e.g. 'major-incident:<id>', 'severity-1:<incidentId>')
    trigger_key        varchar(300) not null unique,
    major_incident_id  uuid,
    incident_id        uuid,
    incident_ids       text[]       not null,
    service_ids        text[]       not null,
    title              varchar(300) not null,
    status             varchar(16)  not null,
    owner_name         varchar(200),
    owner_email        varchar(320),
    opened_at          timestamptz  not null,
    closed_at          timestamptz,
    closed_by          varchar(200),
    closing_note       varchar(2000),
    version_number     integer      not null,
    version            bigint       not null
);
create index review_major_incident_idx on review (major_incident_id);
create index review_incident_idx on review (incident_id);
create index review_opened_idx on review (opened_at);

create table review_section (
    review_id  uuid         not null references review (id),
    section    varchar(40)  not null,
    content    text         not null,
    primary key (review_id, section)
);

create table deliverable (
    id                  uuid primary key,
    review_id           uuid         not null references review (id),
    kind                varchar(16)  not null,
    status              varchar(16)  not null,
    business_days       integer      not null,
    starts_at           timestamptz,
    due_at              timestamptz,
    remind_at           timestamptz,
    reminder_sent_at    timestamptz,
    missed_at           timestamptz,
    submitted_at        timestamptz,
    submitted_by        varchar(200),
    submitted_version   integer,
    report_markdown     text,
    approved_at         timestamptz,
    approved_by         varchar(200),
    rejected_at         timestamptz,
    rejected_by         varchar(200),
    rejection_reason    varchar(2000),
    distributed_at      timestamptz,
    distributed_by      varchar(200),
    unique (review_id, kind)
);
create index deliverable_due_idx on deliverable (due_at) where status <> 'DISTRIBUTED';

-- The change history of a review (003): every edit and lifecycle step, numbered per review.
create table review_version (
    review_id  uuid          not null references review (id),
    number     integer       not null,
    author     varchar(200)  not null,
    at         timestamptz   not null,
    change     varchar(500)  not null,
    section    varchar(40),
    content    text,
    primary key (review_id, number)
);

create table action_item (
    id                   uuid primary key,
    review_id            uuid          not null references review (id),
    title                varchar(300)  not null,
    owner_name           varchar(200)  not null,
    owner_email          varchar(320),
    due_date             date          not null,
    due_at               timestamptz   not null,
    status               varchar(16)   not null,
    external_ticket      varchar(100),
    external_url         varchar(1000),
    created_at           timestamptz   not null,
    created_by           varchar(200)  not null,
    completed_at         timestamptz,
    completed_by         varchar(200),
    cancelled_at         timestamptz,
    cancelled_by         varchar(200),
    cancellation_reason  varchar(2000),
    deferral_reason      varchar(2000),
    deferred_by          varchar(200),
    deferred_at          timestamptz,
    overdue_at           timestamptz,
    last_reminder_at     timestamptz,
    reminders_sent       integer       not null,
    version              bigint        not null
);
create index action_item_review_idx on action_item (review_id);
create index action_item_open_due_idx on action_item (due_at) where status = 'OPEN';

-- Days the organisation is closed beyond weekends and public holidays; they shift business-day deadlines.
create table closure_day (
    day         date primary key,
    reason      varchar(300)  not null,
    created_by  varchar(200)  not null,
    created_at  timestamptz   not null
);

-- What this service learned from incident events: the read model of metrics (RV-6) and recurrence (RV-4).
create table incident_fact (
    incident_id          uuid primary key,
    number               varchar(32),
    summary              varchar(1000),
    severity             smallint,
    priority             varchar(8),
    category             varchar(100),
    service_ids          text[]        not null,
    significant_service  boolean       not null,
    customer_org         varchar(200),
    reporter_name        varchar(200),
    reporter_email       varchar(320),
    major_incident_id    uuid,
    created_at           timestamptz   not null,
    acknowledged_at      timestamptz,
    resolved_at          timestamptz,
    response_breached    boolean       not null,
    resolution_breached  boolean       not null
);
create index incident_fact_created_idx on incident_fact (created_at);
create index incident_fact_major_incident_idx on incident_fact (major_incident_id);

create table major_incident_fact (
    major_incident_id   uuid primary key,
    number              varchar(32),
    title               varchar(500),
    type                varchar(32),
    service_ids         text[]        not null,
    incident_ids        text[]        not null,
    impact_summary      text,
    resolution_summary  text,
    coordinator_name    varchar(200),
    coordinator_email   varchar(320),
    team                text,
    max_severity        smallint,
    declared_at         timestamptz,
    resolved_at         timestamptz
);
create index major_incident_fact_declared_idx on major_incident_fact (declared_at);

-- The timeline of a major incident or incident, from the events received (one row per event).
create table timeline_entry (
    event_id           varchar(128) primary key,
    major_incident_id  uuid,
    incident_id        uuid,
    at                 timestamptz   not null,
    type               varchar(128)  not null,
    description        varchar(2000) not null
);
create index timeline_major_incident_idx on timeline_entry (major_incident_id, at);
create index timeline_incident_idx on timeline_entry (incident_id, at);
