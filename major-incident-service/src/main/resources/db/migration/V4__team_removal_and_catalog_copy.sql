-- MI-3: a member leaves the team with a reason; the row stays so the team's history shows who served.
alter table team_member add column removed_at timestamptz;
alter table team_member add column removed_by varchar(200);
alter table team_member add column removal_reason varchar(2000);

-- MI-3 (000 §5.2): this service's copy of incident-service's service catalog, kept from incident.service-changed,
-- so the owning team of an affected service is a required team of the major incident.
create table catalog_service (
    service_id  varchar(100) primary key,
    name        varchar(200),
    owning_team varchar(100),
    significant boolean     not null,
    active      boolean     not null,
    updated_at  timestamptz not null
);
