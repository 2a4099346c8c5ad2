package org.opsdesk.incident.domain;

/** How one incident relates to another (IN-6, IN-14). */
public enum LinkType { DUPLICATE_OF, RELATED_TO, CAUSED_BY, FOLLOW_UP_OF }
