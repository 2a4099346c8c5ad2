-- Issue 18 (seed fidelity of incidents).

-- 001 §5.8, §6.2: a resolution records how the customer confirmed it, or why they did not.
alter table incident add column confirmation_method varchar(16);
alter table incident add column unconfirmed_reason  varchar(32);

-- IN-15: when an attempt was entered, beside when it was made (entering late is allowed within a short grace).
alter table contact_attempt add column recorded_at timestamptz;
update contact_attempt set recorded_at = at;
alter table contact_attempt alter column recorded_at set not null;

-- 001 §5.8.1: the resolutions of one alert identity are counted to find recurring alerts.
create index monitored_alert_identity on monitored_alert (source, dedup_key);

-- 004 §3.3: the four severity levels and their definitions, as reference data.
create table severity_level (
    level       smallint     primary key check (level between 1 and 4),
    name        varchar(50)  not null,
    definition  text         not null
);
insert into severity_level (level, name, definition) values
    (1, 'Critical', 'Complete loss of a critical business service affecting multiple users or entire site; significant business impact.'),
    (2, 'High', 'Significant degradation or loss of a critical service affecting multiple users; major feature/functionality unavailable; significant business impact.'),
    (3, 'Medium', 'Partial degradation of service affecting some users; minor feature/functionality unavailable; moderate business impact.'),
    (4, 'Low', 'Minor service issue affecting a single user or minimal impact on business operations; cosmetic issue; information request.');

-- 004 §3.3: a client's SLA terms linked to severity levels, beside the policies per priority.
alter table sla_policy alter column priority drop not null;
alter table sla_policy add column severity smallint check (severity between 1 and 4);
alter table sla_policy add constraint sla_policy_priority_or_severity check ((priority is null) <> (severity is null));
alter table sla_policy add constraint sla_policy_severity_is_a_clients check (severity is null or customer_org is not null);
drop index sla_policy_org_priority;
create unique index sla_policy_org_priority on sla_policy (coalesce(customer_org, ''), priority) where priority is not null;
create unique index sla_policy_org_severity on sla_policy (customer_org, severity) where severity is not null;
