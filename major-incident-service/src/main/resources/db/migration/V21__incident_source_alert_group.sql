-- Issue 18 auto-linking (same alert group) and 004 §3.3 (a customer's requested severity is the desk's to confirm):
-- what incident.* snapshots now carry.
alter table known_incident add column source varchar(20);
alter table known_incident add column alert_group varchar(1000);
alter table known_incident add column requested_severity smallint;
create index known_incident_alert_group on known_incident (alert_group) where alert_group is not null;
-- 004 §3.6: proposals for widespread impact (origin WIDESPREAD_IMPACT, 17 characters).
alter table proposal alter column origin type varchar(32);
