-- Audiences of 002 the default plan lacked, empty until an organisation names their contacts:
-- the TBCs, liaison to the agencies (002 §IV.H, §V.B.4, §V.B.6), and the Commissioners the CIO briefs (002 §IV.A, §V.B.7).
-- And the audiences review reports are distributed to (RV-3), so that review-service names them and this service's
-- contacts are the one directory; they are in no plan.
insert into audience (key, name, communicator, channel, members, topics, webhook_url, webhook_format, in_default_plan, position, version) values
 ('tbc-liaison', 'Technology Business Consultants (liaison to the affected agencies)', 'Communications Coordinator',
  'EMAIL', '[]', '[]', null, null, true, 5, 0),
 ('commissioners', 'Commissioners of the affected agencies', 'Chief Information Officer', 'EMAIL', '[]', '[]', null, null, true, 6, 0),
 ('cio', 'Chief Information Officer (review reports)', 'Strategic Initiatives team', 'EMAIL', '[]', '[]', null, null, false, 10, 0),
 ('coao', 'Chief Operating and Administrative Officer (review reports)', 'Strategic Initiatives team', 'EMAIL', '[]', '[]', null, null, false, 11, 0),
 ('executive-sponsors', 'Executive Sponsors (review reports)', 'Strategic Initiatives team', 'EMAIL', '[]', '[]', null, null, false, 12, 0),
 ('strategic-initiatives', 'Strategic Initiatives team (review reports)', 'Strategic Initiatives team', 'EMAIL', '[]', '[]', null, null, false, 13, 0),
 ('problem-management', 'Problem Management (review reports)', 'Strategic Initiatives team', 'EMAIL', '[]', '[]', null, null, false, 14, 0)
on conflict (key) do nothing;
