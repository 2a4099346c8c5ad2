package org.opsdesk.incident.domain;

/** The result of trying to reach the customer; every outcome but REACHED counts as unsuccessful (IN-15). */
public enum ContactOutcome { REACHED, NO_ANSWER, LEFT_MESSAGE, NO_REPLY, BOUNCED, WRONG_NUMBER }
