package org.opsdesk.incident.domain;

public enum ContactMethod { PHONE, EMAIL, SMS, VOICEMAIL, PORTAL, IN_PERSON }
