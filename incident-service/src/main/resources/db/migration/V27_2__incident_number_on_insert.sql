-- The incident's number is drawn as the row is inserted (Incident.number is @Generated: insert … returning number),
-- so intake no longer spends a round trip on `select nextval(…)` before it (issue 16). Same format as before:
-- INC- and seven digits, more when the sequence passes 9,999,999.
create function incident_next_number() returns varchar
    language sql volatile
    return (select 'INC-' || case when n < 10000000 then lpad(n::text, 7, '0') else n::text end
            from nextval('incident_number_seq') n);

alter table incident alter column number set default incident_next_number();
