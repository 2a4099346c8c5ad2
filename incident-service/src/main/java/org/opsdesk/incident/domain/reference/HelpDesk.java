package org.opsdesk.incident.domain.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** Another agency's help desk a case can be referred to; the customer is given its contact details (IN-3). */
@Entity
public class HelpDesk {

    @Id
    private String id;
    private String name;
    private String phone;
    private String email;
    private String url;
    private String hours;
    @Version
    private long version;

    protected HelpDesk() {
    }

    public HelpDesk(String id) {
        this.id = id;
    }

    public void define(String name, String phone, String email, String url, String hours) {
        this.name = name;
        this.phone = phone;
        this.email = email;
        this.url = url;
        this.hours = hours;
    }

    public String id() { return id; }
    public String name() { return name; }
    public String phone() { return phone; }
    public String email() { return email; }
    public String url() { return url; }
    public String hours() { return hours; }
}
