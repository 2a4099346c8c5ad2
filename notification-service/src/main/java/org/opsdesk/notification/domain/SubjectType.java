package org.opsdesk.notification.domain;

/** What a communication is about: deliveries and plans belong to a major incident or to an incident. */
public enum SubjectType {
    MAJOR_INCIDENT, INCIDENT
}
