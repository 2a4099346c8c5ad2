-- MI-10 (002 §VI.A): a long outage is timed from when it began (the alert's startsAt where there is one),
-- and the record says which start it used.
alter table known_incident add column outage_started_at timestamptz;
alter table known_incident add column outage_start varchar(20);
update known_incident set outage_started_at = created_at, outage_start = 'RECEIVED_AT';
alter table known_incident alter column outage_started_at set not null;
alter table known_incident alter column outage_start set not null;
drop index known_incident_open;
create index known_incident_open on known_incident (open, significant_service, severity, outage_started_at);

-- Auto-linking: an incident the rule cannot be sure of is proposed to the coordinator, who confirms or dismisses it.
create table link_proposal (
    id                uuid primary key,
    major_incident_id uuid          not null references major_incident (id),
    incident_id       uuid          not null,
    reason            varchar(1000) not null,
    status            varchar(20)   not null,
    proposed_at       timestamptz   not null,
    decided_at        timestamptz,
    decided_by        varchar(200),
    unique (major_incident_id, incident_id)
);
