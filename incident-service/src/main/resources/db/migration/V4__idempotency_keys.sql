-- POST /api/v1/incidents with an Idempotency-Key header: one incident per caller and key, however often the client
-- retries. The row commits with the incident; a concurrent request with the same key waits for it on the primary key.
create table incident_request (
    caller          varchar(200) not null,
    idempotency_key varchar(255) not null,
    request_hash    char(64)     not null,
    incident_id     uuid         references incident (id),
    received_at     timestamptz  not null,
    primary key (caller, idempotency_key)
);
create index incident_request_received_at on incident_request (received_at);
