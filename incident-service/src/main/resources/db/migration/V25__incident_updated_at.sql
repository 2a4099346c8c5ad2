-- The change feed of GET /api/v1/incidents?updatedSince=… (issue 14): when each incident last changed, set with
-- every event it announces; ordered by (updated_at, id), which this index serves.
alter table incident add column updated_at timestamptz;
update incident set updated_at = greatest(received_at, logged_at, resolved_at, closed_at);
alter table incident alter column updated_at set not null;
create index incident_updated_at on incident (updated_at, id);
