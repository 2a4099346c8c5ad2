package org.opsdesk.review.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.opsdesk.platform.persistence.NativeColumns;
import org.opsdesk.review.domain.Review;
import org.opsdesk.review.domain.Section;
import org.opsdesk.platform.text.Text;

/** The change history of each review (003): append-only. */
@ApplicationScoped
public class ReviewVersionRepository {

    private final EntityManager em;

    ReviewVersionRepository(EntityManager em) {
        this.em = em;
    }

    public void record(UUID reviewId, Review.Change change) {
        em.createNativeQuery("""
                insert into review_version (review_id, number, author, at, change, section, content)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                """)
                .setParameter(1, reviewId).setParameter(2, change.number()).setParameter(3, change.author())
                .setParameter(4, change.at()).setParameter(5, truncate(change.description()))
                .setParameter(6, change.section() == null ? null : change.section().name())
                .setParameter(7, change.content())
                .executeUpdate();
    }

    /** Newest first. */
    public List<Review.Change> of(UUID reviewId, int offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select number, author, at, change, section, content from review_version
                where review_id = ?1 order by number desc offset ?2 limit ?3
                """).setParameter(1, reviewId).setParameter(2, offset).setParameter(3, limit).getResultList();
        return rows.stream().map(r -> new Review.Change(((Number) r[0]).intValue(), (String) r[1], NativeColumns.instant(r[2]),
                (String) r[3], r[4] == null ? null : Section.valueOf((String) r[4]), (String) r[5])).toList();
    }

    public long count(UUID reviewId) {
        return ((Number) em.createNativeQuery("select count(*) from review_version where review_id = ?1")
                .setParameter(1, reviewId).getSingleResult()).longValue();
    }

    private static String truncate(String text) {
        return Text.clip(text, 500);
    }
}
