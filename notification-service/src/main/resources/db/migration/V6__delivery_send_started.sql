-- When the sender began an attempt, committed before it calls the gateway and cleared with the attempt's outcome:
-- set on a PENDING row whose sender is gone, it says the message may have reached its recipients (issue 19).
alter table delivery add column send_started_at timestamptz;
