package org.opsdesk.major.domain;

/** Change types of change management; remediation during a major incident is EMERGENCY (002 §V.C.4). */
public enum ChangeType { NORMAL, STANDARD, EMERGENCY }
