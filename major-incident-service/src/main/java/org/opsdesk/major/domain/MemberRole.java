package org.opsdesk.major.domain;

/** What a member does in the major incident team (000 §5.2; 002 §IV.C, §V.B.1). */
public enum MemberRole { COMMUNICATIONS_COORDINATOR, TECHNICAL_LEAD, RESPONDER, LIAISON, SCRIBE, VENDOR }
