package org.opsdesk.notification.domain;

/** A team a person manages, at a level of its management chain (1: the first manager escalated to, 004 §3.5). */
public record ManagedTeam(String team, int level) {
}
