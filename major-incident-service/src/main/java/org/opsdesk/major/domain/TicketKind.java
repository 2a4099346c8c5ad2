package org.opsdesk.major.domain;

/** The major incident's own service ticket, or a ticket for a follow-up activity (002 §V.C.3, §V.D.1). */
public enum TicketKind { SERVICE_TICKET, FOLLOW_UP }
