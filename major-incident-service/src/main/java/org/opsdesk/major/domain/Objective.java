package org.opsdesk.major.domain;

/** Recovery Time Objective and Recovery Point Objective of the remediation strategy (002 §V.B.2). */
public enum Objective { RTO, RPO }
