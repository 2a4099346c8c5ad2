package org.opsdesk.incident.domain;

/** INTERNAL notes are the team's work log; CUSTOMER_VISIBLE ones are shown to the customer too. */
public enum NoteVisibility { INTERNAL, CUSTOMER_VISIBLE }
