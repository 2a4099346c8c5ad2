package org.opsdesk.major.domain;

/** A cybersecurity major incident is led by the Enterprise Security Officer (002 §IV.E). */
public enum MajorIncidentType { OPERATIONAL, CYBERSECURITY }
