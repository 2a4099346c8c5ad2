package org.opsdesk.incident.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.opsdesk.incident.domain.reference.KnownError;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;

@ApplicationScoped
public class KnownErrorRepository implements PanacheRepositoryBase<KnownError, UUID> {

    /** Full-text search (web-search syntax: words, "phrases", -excluded), best match first; no query lists all. */
    @SuppressWarnings("unchecked")
    public Page<KnownError> search(String q, PageRequest page) {
        if (q == null || q.isBlank()) {
            var query = find("active = true", Sort.by("title"));
            return new Page<>(query.page(page.page(), page.size()).list(), query.count(), page.page(), page.size());
        }
        List<KnownError> items = getEntityManager().createNativeQuery("""
                        select * from known_error where active and search @@ websearch_to_tsquery('english', ?1)
                        order by ts_rank(search, websearch_to_tsquery('english', ?1)) desc, title
                        offset ?2 limit ?3""", KnownError.class)
                .setParameter(1, q).setParameter(2, page.offset()).setParameter(3, page.size()).getResultList();
        long total = ((Number) getEntityManager().createNativeQuery(
                        "select count(*) from known_error where active and search @@ websearch_to_tsquery('english', ?1)")
                .setParameter(1, q).getSingleResult()).longValue();
        return new Page<>(items, total, page.page(), page.size());
    }

    /** Known errors whose text shares words with the symptoms, best match first (IN-5). */
    @SuppressWarnings("unchecked")
    public List<KnownError> matching(String symptoms, int max) {
        return getEntityManager().createNativeQuery("""
                        with q as (select nullif(replace(plainto_tsquery('english', ?1)::text, '&', '|'), '')::tsquery as query)
                        select k.* from known_error k, q
                        where k.active and q.query is not null and k.search @@ q.query
                        order by ts_rank(k.search, q.query) desc, k.title limit ?2""", KnownError.class)
                .setParameter(1, symptoms).setParameter(2, max).getResultList();
    }
}
