package org.opsdesk.review.domain;

/** AAR: After Action Review of a major incident (000 §4.2, §5.7). PIR: post-incident review of an incident (004 §3.7). */
public enum ReviewType { AAR, PIR }
