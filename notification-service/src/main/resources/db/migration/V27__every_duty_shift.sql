-- Issue 13: every roster shift, not only the duty manager's, so that the people on duty in a duty role are told what
-- waits for that role (recipient rule ON_DUTY:<role>). The shifts kept so far were all the duty manager's.
alter table duty_shift add column duty_role varchar(60) not null default 'DUTY_MANAGER';
alter table duty_shift alter column duty_role drop default;
alter table duty_shift add column duty_manager boolean not null default true;
alter table duty_shift alter column duty_manager drop default;
alter table duty_shift add column username varchar(200);
create index duty_shift_role_idx on duty_shift (duty_role, starts_at);

-- A potential major incident waits for the declaring authorities on duty (002 §IV.B–E: the CIO, CTO, Associate CIO
-- and TBC Director, and their designees), besides the duty manager (002 §V.A.2) and the audience of standing members.
update notice_route set recipients = '["DUTY_MANAGER","ON_DUTY:CIO","ON_DUTY:CTO","ON_DUTY:ASSOCIATE_CIO_APPLICATIONS","ON_DUTY:TBC_DIRECTOR","ON_DUTY:CTO_DESIGNEE","ON_DUTY:ASSOCIATE_CIO_APPLICATIONS_DESIGNEE","ON_DUTY:TBC_DIRECTOR_DESIGNEE","AUDIENCE:declaring-authorities"]',
    description = 'a potential major incident waits for an authority: the declaring authorities on duty, the duty manager, the declaring-authorities audience (MI-1, 002 §IV.B–E, §V.A.2)'
  where notice_type = 'major-incident.proposal-created';
