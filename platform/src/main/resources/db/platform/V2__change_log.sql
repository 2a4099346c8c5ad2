-- Who changed configuration and reference data, and when (platform ChangeLog, GET /api/v1/change-log). Append-only.
create table if not exists change_log (
    id          bigserial     primary key,
    at          timestamptz   not null,
    actor       varchar(200)  not null,
    action      varchar(16)   not null,
    kind        varchar(64)   not null,
    resource_id varchar(200)  not null,
    summary     text
);
create index if not exists change_log_resource on change_log (kind, resource_id, at);
create or replace function change_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'change_log is append-only';
end $$;
drop trigger if exists change_log_append_only on change_log;
create trigger change_log_append_only before update or delete on change_log
    for each row execute function change_log_is_append_only();
