package org.opsdesk.major.domain;

/** What a severity-1 incident does (IN-16): declare a major incident, propose one, or nothing. */
public enum AutomaticDeclaration { DECLARE, PROPOSE, OFF }
