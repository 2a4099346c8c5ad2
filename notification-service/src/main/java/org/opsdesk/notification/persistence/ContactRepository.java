package org.opsdesk.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.opsdesk.notification.domain.Contact;
import org.opsdesk.notification.domain.JsonColumns;
import org.opsdesk.notification.domain.ManagedTeam;

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

    /** The directory entry with this email address (the first by key when several share it). */
    public Optional<Contact> byEmail(String email) {
        return find("lower(email) = lower(?1)", Sort.by("key"), email).firstResultOptional();
    }

    /** The people who manage {@code team} at {@code level} (004 §3.5). */
    @SuppressWarnings("unchecked")
    public List<Contact> managersOf(String team, int level) {
        String json = new JsonColumns.ManagedTeams().convertToDatabaseColumn(List.of(new ManagedTeam(team, level)));
        List<String> keys = getEntityManager().createNativeQuery(
                "select key from contact where cast(manager_of as jsonb) @> cast(:json as jsonb) order by key")
                .setParameter("json", json).getResultList();
        return keys.isEmpty() ? List.of() : list("key in ?1", Sort.by("key"), keys);
    }
}
