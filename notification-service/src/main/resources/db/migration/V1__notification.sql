-- Contacts and audience groups (000 §5.5), managed at /api/v1/contacts and /api/v1/audiences.
create table contact (
    key          varchar(64)  primary key,
    name         varchar(200) not null,
    email        varchar(320),
    phone        varchar(32),
    organisation varchar(64),
    role         varchar(200),
    version      bigint       not null
);
create index contact_organisation on contact (lower(organisation));

create table audience (
    key             varchar(64)   primary key,
    name            varchar(200)  not null,
    communicator    varchar(200)  not null,
    channel         varchar(16)   not null,
    members         text          not null,
    topics          text          not null,
    webhook_url     varchar(2000),
    webhook_format  varchar(16),
    in_default_plan boolean       not null,
    position        int           not null,
    version         bigint        not null
);

-- One plan per major incident or customer incident; its audiences (with cadence) as JSON.
create table communication_plan (
    id           uuid         primary key,
    subject_type varchar(16)  not null,
    subject_id   uuid         not null,
    reference    varchar(64),
    title        varchar(300) not null,
    status       varchar(16)  not null,
    audiences    text         not null,
    created_at   timestamptz  not null,
    resolved_at  timestamptz,
    version      bigint       not null,
    unique (subject_type, subject_id)
);

-- The durable schedule and the delivery log: one row per slot (plan, audience, slot number) or one-off notice.
create table delivery (
    id                  uuid          primary key,
    plan_id             uuid          references communication_plan (id),
    subject_type        varchar(16)   not null,
    subject_id          uuid          not null,
    dedup_key           varchar(300)  not null unique,
    audience            varchar(64)   not null,
    channel             varchar(16)   not null,
    kind                varchar(32)   not null,
    slot                int,
    recipients          text          not null,
    delivered_to        text          not null,
    due_at              timestamptz   not null,
    deadline_at         timestamptz   not null,
    state               varchar(16)   not null,
    attempts            int           not null,
    next_attempt_at     timestamptz   not null,
    sent_at             timestamptz,
    last_error          varchar(2000),
    late                boolean       not null,
    stale               boolean       not null,
    overdue_raised      boolean       not null,
    status_published_at timestamptz,
    message_subject     varchar(500),
    message_text        text,
    message_html        text,
    created_at          timestamptz   not null,
    version             bigint        not null,
    unique (plan_id, audience, slot)
);
create index delivery_due on delivery (next_attempt_at) where state = 'PENDING';
create index delivery_deadline on delivery (deadline_at) where state = 'PENDING' and not overdue_raised;
create index delivery_subject on delivery (subject_type, subject_id, due_at);

create table delivery_attempt (
    id          bigserial     primary key,
    delivery_id uuid          not null references delivery (id),
    attempt     int           not null,
    at          timestamptz   not null,
    outcome     varchar(16)   not null,
    detail      varchar(2000)
);
create index delivery_attempt_delivery on delivery_attempt (delivery_id);

-- Latest snapshots from the events: every message and the status page are built from them alone.
create table major_incident_view (
    major_incident_id uuid        primary key,
    status            varchar(32) not null,
    facts             text        not null,
    declared_at       timestamptz not null,
    resolved_at       timestamptz,
    last_event_at     timestamptz not null,
    has_duty_manager  boolean     not null,
    version           bigint      not null
);
create index major_incident_view_resolved on major_incident_view (resolved_at);

create table incident_view (
    incident_id   uuid        primary key,
    facts         text        not null,
    last_event_at timestamptz not null,
    version       bigint      not null
);

-- What the public status page published, newest first in the Atom feed.
create table status_page_post (
    id                uuid         primary key,
    major_incident_id uuid         not null,
    delivery_id       uuid         unique,
    posted_at         timestamptz  not null,
    headline          varchar(300) not null,
    body              text         not null,
    stale             boolean      not null,
    resolution        boolean      not null
);
create index status_page_post_posted on status_page_post (posted_at);

-- The default plan of 000 §5.5 (three communicating teams) plus the public status page (002 §V.B.5).
-- Members are added through PUT /api/v1/audiences/{key}; bulletin topics are the GovDelivery topic codes.
insert into audience (key, name, communicator, channel, members, topics, webhook_url, webhook_format, in_default_plan, position, version) values
 ('executive-updates', 'Executive Sponsors, Strategic Initiatives team, OMES Service Desk, IT Strategists',
  'Major Incident Coordinator', 'EMAIL', '[]', '[]', null, null, true, 1, 0),
 ('leadership-text', 'CIO, COAO, Director of Public Affairs',
  'Strategic Initiatives team', 'SMS', '[]', '[]', null, null, true, 2, 0),
 ('customer-bulletin', 'Customers, Technical Account Managers, Account Executives, OMES IS Managers',
  'OMES Service Desk', 'BULK', '[]', '["CUSTOMERS","TECHNICAL_ACCOUNT_MANAGERS","ACCOUNT_EXECUTIVES","IS_MANAGERS"]', null, null, true, 3, 0),
 ('status-page', 'Public status page', 'OMES Service Desk', 'STATUS_PAGE', '[]', '[]', null, null, true, 4, 0);
