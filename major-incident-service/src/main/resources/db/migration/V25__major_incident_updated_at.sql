-- The change feed of GET /api/v1/major-incidents?updatedSince=… (issue 14): when each major incident last changed,
-- set with every timeline entry; ordered by (updated_at, id), which this index serves.
alter table major_incident add column updated_at timestamptz;
update major_incident m set updated_at = coalesce((select max(t.at) from timeline_entry t where t.major_incident_id = m.id),
                                                  m.declared_at);
alter table major_incident alter column updated_at set not null;
create index major_incident_updated_at on major_incident (updated_at, id);
