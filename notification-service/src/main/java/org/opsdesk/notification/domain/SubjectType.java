package org.opsdesk.notification.domain;

/**
 * What a communication is about: plans and their deliveries belong to a major incident or to an incident; personal
 * notices may also be about a review or a proposal.
 */
public enum SubjectType {
    MAJOR_INCIDENT, INCIDENT, REVIEW, PROPOSAL
}
