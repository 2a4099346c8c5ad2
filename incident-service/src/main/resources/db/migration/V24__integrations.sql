-- Monitoring integrations (issue 14, docs/integrations.md): each has its own keys, stored as SHA-256 hashes only.
-- A rotation gives the previous key an expiry (the overlap); revoking the integration ends all its keys.
create table integration (
    id                   uuid          primary key,
    name                 varchar(100)  not null unique,
    kind                 varchar(20)   not null,
    default_service      varchar(64),
    default_customer_org varchar(100),
    created_at           timestamptz   not null,
    key_rotated_at       timestamptz,
    revoked_at           timestamptz,
    version              bigint        not null default 0
);

create table integration_key (
    key_hash       char(64)     primary key,
    integration_id uuid         not null references integration (id),
    created_at     timestamptz  not null,
    expires_at     timestamptz
);
create index integration_key_integration on integration_key (integration_id);
