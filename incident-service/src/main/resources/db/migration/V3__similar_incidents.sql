-- The duplicate search (IncidentRepository.similarOpen) asks for the open incidents whose summaries are nearest a new
-- one: a GiST trigram index answers `order by summary <-> ? limit n` by reading a few entries, where the similarity
-- test of V1's query read every open incident. Partial, so closed incidents (most of the table, in time) stay out.
-- pg_trgm was created by V1.
create index incident_open_summary_gist on incident using gist (summary gist_trgm_ops)
    where status in ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'ON_HOLD');

-- The GIN trigram index of V1 served only the `%` operator, which no query uses; every insert paid for it.
drop index incident_summary_trgm;
