-- Issue 13: an incident assigned to a queue and not acknowledged within the target of its priority is announced again
-- (incident.acknowledgement-overdue): to the queue, then to its manager, every repeat-every, until acknowledged.
-- One row per incident waiting in a queue; gone once it leaves ASSIGNED.
create table acknowledgement_watch (
    incident_id   uuid         primary key references incident (id),
    team          varchar(64)  not null,
    due_at        timestamptz  not null,
    next_at       timestamptz,
    reminders     int          not null,
    version       bigint       not null
);
create index acknowledgement_watch_next on acknowledgement_watch (next_at) where next_at is not null;
