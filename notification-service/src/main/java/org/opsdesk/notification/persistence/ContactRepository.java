package org.opsdesk.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import org.opsdesk.notification.domain.Contact;

@ApplicationScoped
public class ContactRepository implements PanacheRepositoryBase<Contact, String> {

    public List<Contact> page(String organisation, int offset, int size) {
        return query(organisation).range(offset, offset + size - 1).list();
    }

    public long count(String organisation) {
        return query(organisation).count();
    }

    private io.quarkus.hibernate.orm.panache.PanacheQuery<Contact> query(String organisation) {
        return organisation == null
                ? findAll(Sort.by("key"))
                : find("lower(organisation) = lower(?1)", Sort.by("key"), organisation);
    }

    /** The contacts an audience names: its members by key and everyone of its organisation. */
    public List<Contact> named(Collection<String> keys, String organisation) {
        if (organisation == null) {
            return keys.isEmpty() ? List.of() : list("key in ?1", Sort.by("key"), keys);
        }
        return list("key in ?1 or lower(organisation) = lower(?2)", Sort.by("key"), keys.isEmpty() ? List.of("") : keys, organisation);
    }

    public List<Contact> ofOrganisation(String organisation) {
        return list("lower(organisation) = lower(?1)", Sort.by("key"), organisation);
    }
}
