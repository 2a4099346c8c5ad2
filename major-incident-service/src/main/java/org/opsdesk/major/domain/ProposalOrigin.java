package org.opsdesk.major.domain;

/** Who or what raised a proposal: a person, a severity-1 incident (when configured to propose), a long outage (MI-10). */
public enum ProposalOrigin { REPORTED, SEVERITY_1, LONG_OUTAGE }
