package org.opsdesk.major.domain;

/**
 * Who or what raised a proposal: a person, a severe incident that does not declare by itself (when configured to
 * propose, a customer's requested severity, a service that is not significant), a long outage (MI-10), widespread
 * impact: many incidents on one service in a short time (004 §3.6).
 */
public enum ProposalOrigin { REPORTED, SEVERITY_1, LONG_OUTAGE, WIDESPREAD_IMPACT }
