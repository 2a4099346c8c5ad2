package org.opsdesk.incident.domain;

/** How an incident reached the service desk (IN-1); INTERNAL: staff noticed it themselves (004 §3.1). */
public enum Source { PHONE, EMAIL, SELF_SERVICE, MONITORING, API, INTERNAL }
