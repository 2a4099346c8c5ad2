-- The W3C traceparent of the span that queued a delivery: its send continues that trace (the outbox's column is the
-- platform's, db/platform/V4). A no-op on a database where the retired V8 added it.
alter table delivery add column if not exists trace_parent varchar(55);
