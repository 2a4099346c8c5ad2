-- Major incidents (MI-1 … MI-10): the aggregate, its links, people, coordination records and timeline.
create sequence major_incident_number_seq;

create table status_update (
    id                       uuid primary key,
    major_incident_id        uuid          not null,
    nature                   varchar(2000) not null,
    impact                   varchar(2000) not null,
    remediation_metric       varchar(1000) not null,
    remediation_steps        varchar(4000) not null,
    estimated_remediation_at timestamptz   not null,
    next_update_at           timestamptz   not null,
    published_at             timestamptz   not null,
    published_by             varchar(200)  not null
);
create index status_update_by_major_incident on status_update (major_incident_id, published_at);

create table major_incident (
    id                          uuid primary key,
    number                      varchar(16)   not null unique,
    title                       varchar(200)  not null,
    type                        varchar(16)   not null,
    status                      varchar(16)   not null,
    impact_summary              varchar(2000) not null,
    started_at                  timestamptz   not null,
    declared_at                 timestamptz   not null,
    declared_by                 varchar(200)  not null,
    coordinator_name            varchar(200),
    coordinator_email           varchar(200),
    coordinator_phone           varchar(50),
    coordinator_username        varchar(200),
    coordinator_role            varchar(60),
    coordinator_gap             boolean       not null,
    bridge_dial_in              varchar(50),
    bridge_access_code          varchar(50),
    bridge_url                  varchar(500),
    bridge_opened_at            timestamptz,
    bridge_opened_by            varchar(200),
    eoc_location                varchar(300),
    eoc_activated_at            timestamptz,
    eoc_activated_by            varchar(200),
    rto_seconds                 bigint,
    rpo_seconds                 bigint,
    rto_met_at                  timestamptz,
    rpo_met_at                  timestamptz,
    rto_at_risk_at              timestamptz,
    rto_breached_at             timestamptz,
    latest_status_update_id     uuid references status_update (id),
    disaster                    boolean       not null,
    disaster_risk_reported_at   timestamptz,
    disaster_declared_at        timestamptz,
    disaster_declared_by        varchar(200),
    resolved_at                 timestamptz,
    resolved_by                 varchar(200),
    resolution_summary          varchar(4000),
    closed_at                   timestamptz,
    closed_by                   varchar(200),
    version                     bigint        not null
);
create index major_incident_by_status on major_incident (status, declared_at);
alter table status_update add constraint status_update_major_incident
    foreign key (major_incident_id) references major_incident (id);

create table major_incident_service (
    major_incident_id uuid         not null references major_incident (id),
    service_id        varchar(100) not null,
    primary key (major_incident_id, service_id)
);
create index major_incident_service_by_service on major_incident_service (service_id);

-- An incident belongs to at most one major incident, whatever the redeliveries or races.
create table major_incident_incident (
    major_incident_id uuid not null references major_incident (id),
    incident_id       uuid not null,
    primary key (major_incident_id, incident_id),
    constraint one_major_incident_per_incident unique (incident_id)
);

create table proposal (
    id                  uuid primary key,
    title               varchar(200)  not null,
    type                varchar(16)   not null,
    impact_summary      varchar(2000) not null,
    reason              varchar(2000) not null,
    origin              varchar(16)   not null,
    origin_incident_id  uuid unique,
    reporter_name       varchar(200)  not null,
    reporter_email      varchar(200),
    reporter_phone      varchar(50),
    reporter_username   varchar(200),
    status              varchar(16)   not null,
    reported_at         timestamptz   not null,
    decided_at          timestamptz,
    decided_by          varchar(200),
    decision_reason     varchar(2000),
    major_incident_id   uuid references major_incident (id),
    version             bigint        not null
);
create index proposal_by_status on proposal (status, reported_at);

create table proposal_service (
    proposal_id uuid         not null references proposal (id),
    service_id  varchar(100) not null,
    primary key (proposal_id, service_id)
);

create table proposal_incident (
    proposal_id uuid not null references proposal (id),
    incident_id uuid not null,
    primary key (proposal_id, incident_id)
);

create table roster_entry (
    id         uuid primary key,
    duty_role  varchar(60)  not null,
    name       varchar(200) not null,
    email      varchar(200),
    phone      varchar(50),
    username   varchar(200),
    starts_at  timestamptz  not null,
    ends_at    timestamptz  not null,
    created_at timestamptz  not null,
    created_by varchar(200) not null,
    version    bigint       not null,
    constraint roster_entry_range check (starts_at < ends_at)
);
create index roster_entry_by_role on roster_entry (duty_role, starts_at, ends_at);

create table team_member (
    id                uuid primary key,
    major_incident_id uuid         not null references major_incident (id),
    name              varchar(200) not null,
    email             varchar(200),
    phone             varchar(50),
    username          varchar(200),
    team              varchar(100) not null,
    role              varchar(40)  not null,
    added_at          timestamptz  not null,
    added_by          varchar(200) not null
);
create index team_member_by_major_incident on team_member (major_incident_id, added_at);

create table change_record (
    id                uuid primary key,
    external_id       varchar(100)  not null unique,
    summary           varchar(1000) not null,
    type              varchar(16)   not null,
    implemented_at    timestamptz   not null,
    link              varchar(500),
    major_incident_id uuid references major_incident (id),
    recorded_at       timestamptz   not null,
    recorded_by       varchar(200)  not null,
    version           bigint        not null
);
create index change_record_by_time on change_record (implemented_at);

create table change_record_service (
    change_id  uuid         not null references change_record (id),
    service_id varchar(100) not null,
    primary key (change_id, service_id)
);
create index change_record_service_by_service on change_record_service (service_id);

create table linked_ticket (
    id                uuid primary key,
    major_incident_id uuid          not null references major_incident (id),
    kind              varchar(20)   not null,
    reference         varchar(100)  not null,
    summary           varchar(1000),
    link              varchar(500),
    linked_at         timestamptz   not null,
    linked_by         varchar(200)  not null,
    constraint one_link_per_ticket unique (major_incident_id, reference)
);

create table timeline_entry (
    seq               bigserial primary key,
    major_incident_id uuid          not null references major_incident (id),
    at                timestamptz   not null,
    actor             varchar(200)  not null,
    kind              varchar(40)   not null,
    description       varchar(4000) not null
);
create index timeline_entry_by_major_incident on timeline_entry (major_incident_id, seq);

-- What this service learned about incidents from incident.events.v1 (MI-10 and linking).
create table known_incident (
    incident_id         uuid primary key,
    number              varchar(32)  not null,
    summary             varchar(500),
    status              varchar(32),
    severity            smallint     not null,
    significant_service boolean      not null,
    customer_org        varchar(100),
    assigned_team       varchar(100),
    created_at          timestamptz  not null,
    open                boolean      not null,
    updated_at          timestamptz  not null
);
create index known_incident_open on known_incident (open, significant_service, severity, created_at);

create table known_incident_service (
    incident_id uuid         not null references known_incident (incident_id),
    service_id  varchar(100) not null,
    primary key (incident_id, service_id)
);
