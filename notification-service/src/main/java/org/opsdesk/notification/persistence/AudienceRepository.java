package org.opsdesk.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.opsdesk.notification.domain.Audience;

@ApplicationScoped
public class AudienceRepository implements PanacheRepositoryBase<Audience, String> {

    public List<Audience> page(int offset, int size) {
        return findAll(Sort.by("position").and("key")).range(offset, offset + size - 1).list();
    }

    public List<Audience> inDefaultPlan() {
        return list("inDefaultPlan = true", Sort.by("position").and("key"));
    }

    /** Keys of the audiences that list {@code contactKey} among their members. */
    @SuppressWarnings("unchecked")
    public List<String> namingContact(String contactKey) {
        return getEntityManager().createNativeQuery("select key from audience where jsonb_exists(cast(members as jsonb), ?1) order by key")
                .setParameter(1, contactKey).getResultList();
    }
}
