-- Standard Webhooks signing secrets, one per audience key (issue 14). Each secret is stored encrypted
-- (AES-256-GCM under notification.channels.webhook.secret-key), never in clear; after a rotation the previous
-- secret keeps signing alongside the new one until previous_until.
create table webhook_secret (
    audience        varchar(100) primary key,
    secret          text         not null,
    previous        text,
    previous_until  timestamptz,
    created_at      timestamptz  not null
);
