-- The W3C traceparent of the span that appended the event: the relay publishes it in that trace (EventTracing).
alter table outbox_event add column trace_parent varchar(55);
-- ... and of the span that queued a delivery: its send continues that trace.
alter table delivery add column trace_parent varchar(55);
