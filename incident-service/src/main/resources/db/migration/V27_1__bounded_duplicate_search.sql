-- The duplicate search reads a bounded number of index entries whatever the table's statistics say and however many
-- open incidents look alike (issue 16). V3's GiST trigram KNN was chosen only on current statistics, and even then
-- it could not stop early when many open summaries were alike (the union signatures of its inner pages match every
-- trigram, so every page is as near as the nearest row): it read every open incident.
--
-- Two index-ordered probes with a LIMIT, in one function (IncidentRepository.similarOpen):
-- 1. the latest open incidents with the same fingerprint (the summary in lower case, every number one '#', every run
--    of other characters one space): "Printer 123 jammed on floor 7" and "printer 9 jammed on floor 12!" meet there,
--    however old or many;
-- 2. the latest `recent` open incidents of the window, of which those worded alike (trigram similarity) or sharing a
--    service are kept.
-- The function's own settings take bitmap scans, sequential scans and sorts out of the planner's choice for these
-- two statements only, so no statistics can turn a probe into a scan and sort of the open set; the plan is asserted
-- on a never-analysed table by SimilarIncidentPlanTest.
create function incident_fingerprint(summary text) returns text
    language sql immutable strict parallel safe
    return btrim(regexp_replace(regexp_replace(lower(summary), '[0-9]+', '#', 'g'), '[^[:alpha:]#]+', ' ', 'g'));

create index incident_open_fingerprint on incident (incident_fingerprint(summary), received_at desc)
    where status in ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'ON_HOLD');
create index incident_open_received_at on incident (received_at desc)
    where status in ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'ON_HOLD');

create function incident_duplicate_candidates(p_except uuid, p_since timestamptz, p_summary text,
                                              p_service_ids varchar[], p_similarity float8, p_max int, p_recent int)
    returns setof incident
    language sql stable
    set enable_seqscan = off set enable_bitmapscan = off set enable_sort = off
as $$
    (select i.* from incident i
     where incident_fingerprint(i.summary) = incident_fingerprint($3)
       and i.status in ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'ON_HOLD') and i.received_at >= $2 and i.id <> $1
     order by incident_fingerprint(i.summary), i.received_at desc limit $6)
    union all
    (select r.* from (select i.* from incident i
                      where i.status in ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'ON_HOLD') and i.received_at >= $2 and i.id <> $1
                      order by i.received_at desc limit $7) r
     where similarity(r.summary, $3) >= $5 or r.service_ids && $4)
$$;

-- Nothing reads summaries by trigram distance any more; every insert paid for this index.
drop index incident_open_summary_gist;
