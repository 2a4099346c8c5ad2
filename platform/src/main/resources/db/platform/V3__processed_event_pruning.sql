-- The inbox forgets processed event ids older than its retention (EventInbox.prune): find them by age.
create index if not exists processed_event_processed_at on processed_event (processed_at);
