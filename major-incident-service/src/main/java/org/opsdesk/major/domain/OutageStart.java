package org.opsdesk.major.domain;

/** Which instant an incident's outage is timed from (MI-10): the monitoring alert's startsAt, else when it was received. */
public enum OutageStart { ALERT_STARTS_AT, RECEIVED_AT }
