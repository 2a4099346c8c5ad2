package org.opsdesk.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opsdesk.notification.domain.OrganisationTerms;

@ApplicationScoped
public class OrganisationTermsRepository implements PanacheRepositoryBase<OrganisationTerms, String> {

    public List<OrganisationTerms> page(int offset, int size) {
        return findAll(Sort.by("key")).range(offset, offset + size - 1).list();
    }

    /** The terms of {@code organisation} as incidents name it (case-insensitively). */
    public Optional<OrganisationTerms> of(String organisation) {
        return findByIdOptional(organisation.toLowerCase(Locale.ROOT));
    }

    /** The organisations that use any of {@code serviceIds}. */
    @SuppressWarnings("unchecked")
    public List<OrganisationTerms> using(Collection<String> serviceIds) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        List<String> keys = getEntityManager().createNativeQuery("select key from organisation_terms where "
                        + "jsonb_exists_any(cast(service_ids as jsonb), cast(?1 as text[])) order by key")
                .setParameter(1, serviceIds.stream().map(id -> '"' + id.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                        .collect(Collectors.joining(",", "{", "}"))).getResultList();
        return keys.isEmpty() ? List.of() : list("key in ?1", Sort.by("key"), keys);
    }
}
