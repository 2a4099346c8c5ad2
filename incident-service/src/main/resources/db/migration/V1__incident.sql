create table incident (
    id          uuid primary key,
    number      varchar(16)  not null unique,
    status      varchar(16)  not null,
    source      varchar(16)  not null,
    summary     varchar(200) not null,
    severity    smallint     not null,
    created_at  timestamptz  not null,
    created_by  varchar(100) not null,
    version     bigint       not null
);
create sequence incident_number_seq;
alter table incident add column major_incident_id uuid;
