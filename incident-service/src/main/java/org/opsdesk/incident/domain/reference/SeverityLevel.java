package org.opsdesk.incident.domain.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** One of the four severity levels an incident's impact is rated on, with its definition (004 §3.3, IN-4). */
@Entity
public class SeverityLevel {

    @Id
    private int level;
    private String name;
    private String definition;

    protected SeverityLevel() {
    }

    public int level() { return level; }
    public String name() { return name; }
    public String definition() { return definition; }
}
