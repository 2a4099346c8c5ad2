package org.opsdesk.incident.domain;

/** RESPONSE: logged until assessed and assigned; RESOLUTION: logged until service is restored (IN-9). */
public enum SlaTarget { RESPONSE, RESOLUTION }
