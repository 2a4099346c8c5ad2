-- Distributed review reports attached to the incident (002 §V.D.3), from review.distributed: latest version per kind.
create table review_report (
    id              uuid primary key,
    incident_id     uuid         not null references incident (id),
    review_id       uuid         not null,
    review_type     varchar(8)   not null,
    kind            varchar(16)  not null,
    version         integer,
    title           varchar(500),
    url             varchar(2000),
    distributed_at  timestamptz,
    unique (incident_id, review_id, kind)
);
