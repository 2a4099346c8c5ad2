package org.opsdesk.incident.domain.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A category of incidents (IN-4); an inactive one stays on old incidents but is refused for new ones. */
@Entity
public class Category {

    @Id
    private String code;
    private String name;
    private boolean active;
    @Version
    private long version;

    protected Category() {
    }

    public Category(String code) {
        this.code = code;
    }

    public void define(String name, boolean active) {
        this.name = name;
        this.active = active;
    }

    public String code() { return code; }
    public String name() { return name; }
    public boolean active() { return active; }
}
