package org.opsdesk.incident.domain;

/** Whether the underlying cause was corrected (IN-11); a workaround opens a problem (IN-12). */
public enum ResolutionType { WORKAROUND, PERMANENT_FIX }
