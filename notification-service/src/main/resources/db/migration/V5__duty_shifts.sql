-- The duty manager's roster shifts, from major-incident-service's duty-shift events: the status page names whoever is
-- on duty now (002 §V.B.5).
create table duty_shift (
    id          uuid          primary key,
    name        varchar(200)  not null,
    phone       varchar(64),
    starts_at   timestamptz   not null,
    ends_at     timestamptz   not null
);
create index duty_shift_ends_idx on duty_shift (ends_at);
alter table major_incident_view drop column has_duty_manager;
