-- The W3C traceparent of the span that appended the event: the relay publishes it in that trace (EventTracing).
alter table outbox_event add column if not exists trace_parent varchar(55);
