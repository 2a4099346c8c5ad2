-- Issue 18 auto-linking: the alert group (Alertmanager groupKey, PagerDuty group) of the alert that opened the incident.
-- Issue 13 / 004 §3.3: a severity a customer asked for through self-service, until the desk confirms it (null after).
alter table incident add column alert_group varchar(1000);
alter table incident add column requested_severity integer;
