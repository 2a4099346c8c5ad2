-- Issue 13: one person directory, routing as data, personal notices.
-- A person is a contact whose key is their login: how to reach them by urgency (channels in order; empty = the
-- defaults) and the teams they manage, at which level of the team's management chain (004 §3.5).
alter table contact add column high_urgency text not null default '[]';
alter table contact add column low_urgency text not null default '[]';
alter table contact add column manager_of text not null default '[]';
create index contact_email on contact (lower(email));

-- Teams and their members (logins), kept from incident-service's incident.team-changed.
create table team_roster (
    team_id  varchar(64)  primary key,
    name     varchar(200) not null,
    members  text         not null,
    version  bigint       not null
);

-- Who gets each notice type, at which urgency: a list of recipient rules (NoticeRule), not code.
create table notice_route (
    notice_type varchar(64)  primary key,
    urgency     varchar(8)   not null,
    recipients  text         not null,
    description varchar(500) not null
);
insert into notice_route (notice_type, urgency, recipients, description) values
 ('incident.escalated-functional', 'HIGH', '["TEAM"]', 'escalated to the next tier: its queue''s members (IN-8)'),
 ('incident.escalated-hierarchical', 'HIGH', '["MANAGERS","ASSIGNEE"]', 'escalated to management: the managers of the level reached, and the assignee (IN-8, 004 §3.5)'),
 ('incident.sla-breached', 'HIGH', '["MANAGERS","ASSIGNEE"]', 'a target missed: the team''s managers of the level reached (at least the first), and the assignee (IN-9)'),
 ('incident.sla-warning', 'LOW', '["ASSIGNEE_ELSE_TEAM"]', 'a target near: the assignee, else the team (IN-9)'),
 ('incident.acknowledgement-overdue-queue', 'HIGH', '["TEAM","ASSIGNEE"]', 'assigned and not acknowledged within the target of its priority: the queue again (issue 13)'),
 ('incident.acknowledgement-overdue-manager', 'HIGH', '["MANAGERS"]', 'still not acknowledged after the queue''s reminders: the team''s first manager (issue 13)'),
 ('incident.duplicate-reported', 'LOW', '["ASSIGNEE_ELSE_TEAM"]', 'someone else reported the incident: its owner (IN-6)'),
 ('major-incident.proposal-created', 'HIGH', '["DUTY_MANAGER","AUDIENCE:declaring-authorities"]', 'a potential major incident waits for an authority (MI-1, 002 §IV.B–E, §V.A.2)'),
 ('major-incident.coordinator-gap', 'HIGH', '["DUTY_MANAGER","AUDIENCE:coordinator-chain"]', 'declared with nobody on duty as coordinator (MI-2)'),
 ('major-incident.disaster-risk-reported', 'HIGH', '["CIO"]', 'a disaster risk: the CIO (MI-8)'),
 ('major-incident.disaster-declared', 'HIGH', '["AUDIENCE:cio","AUDIENCE:executive-sponsors"]', 'a disaster declared: the executive audiences (MI-8)'),
 ('major-incident.bridge-opened', 'HIGH', '["COORDINATOR","MEMBERS"]', 'the bridge opened: the team, with the dial-in (MI-4)'),
 ('major-incident.member-added', 'HIGH', '["MEMBER"]', 'a member joined: the member, with the dial-in (MI-4)'),
 ('review.deadline-approaching', 'LOW', '["OWNER"]', 'a review deliverable due soon: its owner (RV-4)'),
 ('review.deadline-missed', 'LOW', '["OWNER","AUDIENCE:strategic-initiatives"]', 'a review deliverable overdue: the owner and Strategic Initiatives (RV-4; escalateTo is emailed by REVIEW_DEADLINE_NOTICE)'),
 ('review.submitted', 'LOW', '["AUDIENCE:cio"]', 'a deliverable waits for the CIO''s approval (RV-5)'),
 ('review.rejected', 'LOW', '["OWNER"]', 'a deliverable sent back: its owner (RV-5)'),
 ('review.action-item-overdue', 'LOW', '["ITEM_OWNER","OWNER"]', 'an action item overdue: its assignee and the review owner (RV-5)');

-- A personal notice: one fact told to one person (a known login or address, or an unknown one reported), with its
-- deliveries, one per channel (delivery.notice_id). dedup_key names fact and person: each is told once.
create table notice (
    id             uuid          primary key,
    dedup_key      varchar(300)  not null unique,
    notice_type    varchar(64)   not null,
    urgency        varchar(8)    not null,
    subject_type   varchar(16)   not null,
    subject_id     uuid          not null,
    reference      varchar(64)   not null,
    recipient      varchar(320)  not null,
    recipient_name varchar(200),
    known          boolean       not null,
    headline       varchar(500)  not null,
    created_at     timestamptz   not null
);
create index notice_subject on notice (subject_id, created_at);
create index notice_recipient on notice (recipient, created_at);
create index notice_type_created on notice (notice_type, created_at);
alter table delivery add column notice_id uuid references notice (id);
create index delivery_notice on delivery (notice_id) where notice_id is not null;

-- A review's owner and title, from the review events that carry them, for those that do not (rejected, action items).
create table review_owner (
    review_id uuid         primary key,
    name      varchar(200),
    email     varchar(320),
    title     varchar(500)
);

-- Stand-ins until the roster names them by login: the authorities who may declare (002 §IV.B–E) and the roles of
-- the coordinator fallback chain (002 §IV.F); empty until configured, never in a plan.
insert into audience (key, name, communicator, channel, members, topics, webhook_url, webhook_format, in_default_plan, position, version) values
 ('declaring-authorities', 'Authorities who may declare a major incident (CIO, CTO, ACIO, TBC Director, ESO)', 'ITOCC', 'EMAIL', '[]', '[]', null, null, false, 20, 0),
 ('coordinator-chain', 'Roles of the coordinator fallback chain (ITOCC Manager, designee, Strategic Initiatives, Service Quality)', 'ITOCC', 'EMAIL', '[]', '[]', null, null, false, 21, 0)
on conflict (key) do nothing;

-- A potential major incident waits for an authority: its notice is repeated every notification.people.proposal-remind-every
-- (up to proposal-reminders times) until major-incident.proposal-confirmed or -rejected arrives.
create table proposal_watch (
    proposal_id  uuid          primary key,
    title        varchar(500)  not null,
    reason       varchar(2000),
    duty_manager text,
    next_at      timestamptz   not null,
    reminders    int           not null
);
create index proposal_watch_next on proposal_watch (next_at);
