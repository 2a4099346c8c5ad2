package org.opsdesk.notification.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A person or a shared mailbox that audiences name; {@code organisation} ties customer contacts to their org (CO-3). */
@Entity
public class Contact {

    @Id
    private String key;
    private String name;
    private String email;
    private String phone;
    private String organisation;
    private String role;
    @Version
    private long version;

    protected Contact() {
    }

    public Contact(String key) {
        this.key = key;
    }

    public void describe(String name, String email, String phone, String organisation, String role) {
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.organisation = organisation;
        this.role = role;
    }

    public String key() { return key; }
    public String name() { return name; }
    public String email() { return email; }
    public String phone() { return phone; }
    public String organisation() { return organisation; }
    public String role() { return role; }
}
