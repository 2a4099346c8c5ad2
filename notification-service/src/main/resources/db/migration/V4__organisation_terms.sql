-- The notification terms of each customer organisation (004 §3.4, CO-3): the services it uses, the methods and the
-- timelines of its SLA. One directory with the contacts (whose organisation names the same key).
create table organisation_terms (
    key                   varchar(64)   primary key,
    name                  varchar(200)  not null,
    service_ids           text          not null,
    channels              text          not null,
    notify_within_seconds bigint,
    update_every_seconds  bigint,
    portal_url            varchar(2000),
    version               bigint        not null
);
