-- Sensible defaults for the reference data; admins change all of it through /api/v1 (docs/services/incident-service.md).

-- Teams: tier 1 is the service desk, tiers 2 and 3 the technical teams. escalates_to is the functional path.
insert into team (id, name, tier, email, escalates_to) values
    ('application-engineering',    'Application Engineering',    3, 'app-engineering@opsdesk.example', null),
    ('infrastructure-engineering', 'Infrastructure Engineering', 3, 'infra-engineering@opsdesk.example', null),
    ('application-support',        'Application Support',        2, 'app-support@opsdesk.example', 'application-engineering'),
    ('server-team',                'Server Team',                2, 'servers@opsdesk.example', 'infrastructure-engineering'),
    ('network-team',               'Network Team',               2, 'network@opsdesk.example', 'infrastructure-engineering'),
    ('database-team',              'Database Team',              2, 'database@opsdesk.example', 'infrastructure-engineering'),
    ('security-operations',        'Security Operations',        2, 'soc@opsdesk.example', 'infrastructure-engineering'),
    ('service-desk',               'Service Desk',               1, 'servicedesk@opsdesk.example', 'application-support');

insert into team_manager (team_id, position, name, email, phone) values
    ('service-desk', 0, 'Service Desk Manager', 'servicedesk.manager@opsdesk.example', '+1-405-555-0110'),
    ('service-desk', 1, 'Director of Service Operations', 'service.operations@opsdesk.example', '+1-405-555-0111'),
    ('application-support', 0, 'Application Support Manager', 'app-support.manager@opsdesk.example', '+1-405-555-0120'),
    ('application-support', 1, 'Associate CIO Applications', 'acio.applications@opsdesk.example', '+1-405-555-0121'),
    ('application-engineering', 0, 'Application Engineering Manager', 'app-engineering.manager@opsdesk.example', '+1-405-555-0130'),
    ('application-engineering', 1, 'Associate CIO Applications', 'acio.applications@opsdesk.example', '+1-405-555-0121'),
    ('server-team', 0, 'Server Team Manager', 'servers.manager@opsdesk.example', '+1-405-555-0140'),
    ('network-team', 0, 'Network Manager', 'network.manager@opsdesk.example', '+1-405-555-0150'),
    ('database-team', 0, 'Database Manager', 'database.manager@opsdesk.example', '+1-405-555-0160'),
    ('security-operations', 0, 'Enterprise Security Officer', 'security.officer@opsdesk.example', '+1-405-555-0170'),
    ('infrastructure-engineering', 0, 'Infrastructure Engineering Manager', 'infra.manager@opsdesk.example', '+1-405-555-0180'),
    ('infrastructure-engineering', 1, 'Chief Technology Officer', 'cto@opsdesk.example', '+1-405-555-0181');

-- Service catalog: owning team and significance (a significant service's severity-1 incident is a major incident).
insert into catalog_service (id, name, owning_team, significant) values
    ('payroll-portal',   'Payroll Portal',            'application-support', true),
    ('email',            'Email and Calendar',        'server-team',         true),
    ('tax-filing',       'Online Tax Filing',         'application-support', true),
    ('vpn',              'Remote Access VPN',         'network-team',        false),
    ('hr-self-service',  'HR Self-Service',           'application-support', false),
    ('data-warehouse',   'Data Warehouse',            'database-team',       false),
    ('file-shares',      'File Shares',               'server-team',         false);

-- Other agencies' help desks a case can be referred to (IN-3).
insert into help_desk (id, name, phone, email, url, hours) values
    ('public-safety-help-desk', 'Department of Public Safety Help Desk', '+1-405-555-0200', 'helpdesk@dps.example', 'https://help.dps.example', 'Mon-Fri 07:00-18:00'),
    ('health-it-help-desk',     'Health Department IT Help Desk',        '+1-405-555-0210', 'ithelp@health.example', 'https://ithelp.health.example', '24x7'),
    ('tax-commission-help-desk', 'Tax Commission Help Desk',             '+1-405-555-0220', 'support@tax.example', 'https://support.tax.example', 'Mon-Fri 08:00-17:00');

-- Categories (IN-4).
insert into category (code, name) values
    ('hardware-failure',        'Hardware failure'),
    ('software-bug',            'Software bug'),
    ('network-outage',          'Network outage'),
    ('performance-degradation', 'Performance degradation'),
    ('access-problem',          'Access or login problem'),
    ('security',                'Security'),
    ('other',                   'Other');

-- Priority matrix: impact (severity 1-4) x urgency -> priority (IN-4).
insert into priority_rule (severity, urgency, priority) values
    (1, 'HIGH', 'P1'), (1, 'MEDIUM', 'P2'), (1, 'LOW', 'P3'),
    (2, 'HIGH', 'P2'), (2, 'MEDIUM', 'P3'), (2, 'LOW', 'P4'),
    (3, 'HIGH', 'P3'), (3, 'MEDIUM', 'P4'), (3, 'LOW', 'P5'),
    (4, 'HIGH', 'P4'), (4, 'MEDIUM', 'P5'), (4, 'LOW', 'P5');

-- Default SLA per priority (no organisation); organisations get their own rows through the API (IN-9).
insert into sla_policy (id, customer_org, priority, response_target_seconds, resolution_target_seconds, hours) values
    ('00000000-0000-4000-8000-000000000001', null, 'P1',   900,  14400, 'TWENTY_FOUR_SEVEN'),
    ('00000000-0000-4000-8000-000000000002', null, 'P2',  1800,  28800, 'TWENTY_FOUR_SEVEN'),
    ('00000000-0000-4000-8000-000000000003', null, 'P3', 14400,  86400, 'BUSINESS_HOURS'),
    ('00000000-0000-4000-8000-000000000004', null, 'P4', 28800, 162000, 'BUSINESS_HOURS'),
    ('00000000-0000-4000-8000-000000000005', null, 'P5', 57600, 324000, 'BUSINESS_HOURS');

-- Known errors with their workarounds (IN-5).
insert into known_error (id, title, symptoms, workaround, service_ids, created_at) values
    ('00000000-0000-4000-9000-000000000001', 'Payroll portal returns 503 after certificate rotation',
     'Payroll portal shows HTTP 503 Service Unavailable for all users right after the load balancer certificate was renewed.',
     'Restart the payroll application pool on both web nodes so they pick up the new certificate chain.',
     '{payroll-portal}', now()),
    ('00000000-0000-4000-9000-000000000002', 'VPN client fails with error 809',
     'Remote access VPN connection fails with error 809 from home networks; the tunnel never comes up.',
     'Switch the VPN client profile to SSL (TCP 443) instead of IKEv2 until the firewall rule is fixed.',
     '{vpn}', now()),
    ('00000000-0000-4000-9000-000000000003', 'Email keeps prompting for password',
     'Outlook keeps prompting for the password in a loop after a password change; mail does not sync.',
     'Remove the cached credentials from the Windows Credential Manager and restart Outlook.',
     '{email}', now()),
    ('00000000-0000-4000-9000-000000000004', 'Data warehouse reports time out at month end',
     'Data warehouse reports are slow and time out during the month-end load window.',
     'Schedule the report outside 18:00-22:00 or use the cached extract published each morning.',
     '{data-warehouse}', now());
