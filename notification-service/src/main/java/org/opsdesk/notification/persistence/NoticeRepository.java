package org.opsdesk.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.opsdesk.notification.domain.Delivery;
import org.opsdesk.notification.domain.Notice;

@ApplicationScoped
public class NoticeRepository implements PanacheRepositoryBase<Notice, UUID> {

    /** Filters of GET /api/v1/notices; null: any. */
    public record Filter(UUID subjectId, String recipient, String type) {
    }

    /**
     * Inserts the notice unless one with its dedupKey exists (the same fact told to the same person already); a
     * concurrent insert of the same key waits for the other transaction, then does nothing.
     * @return true when this call inserted it
     */
    public boolean insertIfAbsent(Notice n) {
        NativeQuery<?> insert = getEntityManager().createNativeQuery("""
                insert into notice (id, dedup_key, notice_type, urgency, subject_type, subject_id, reference, recipient,
                    recipient_name, known, headline, created_at)
                values (:id, :dedupKey, :type, :urgency, :subjectType, :subjectId, :reference, :recipient, :recipientName,
                    :known, :headline, :createdAt)
                on conflict (dedup_key) do nothing""").unwrap(NativeQuery.class);
        insert.setParameter("id", n.id(), UUID.class)
                .setParameter("dedupKey", n.dedupKey(), String.class)
                .setParameter("type", n.noticeType(), String.class)
                .setParameter("urgency", n.urgency().name(), String.class)
                .setParameter("subjectType", n.subjectType().name(), String.class)
                .setParameter("subjectId", n.subjectId(), UUID.class)
                .setParameter("reference", n.reference(), String.class)
                .setParameter("recipient", n.recipient(), String.class)
                .setParameter("recipientName", n.recipientName(), String.class)
                .setParameter("known", n.known(), Boolean.class)
                .setParameter("headline", n.headline(), String.class)
                .setParameter("createdAt", n.createdAt(), Instant.class);
        return insert.executeUpdate() == 1;
    }

    public List<Notice> page(Filter filter, int offset, int size) {
        return query(filter).range(offset, offset + size - 1).list();
    }

    public long count(Filter filter) {
        return query(filter).count();
    }

    private PanacheQuery<Notice> query(Filter filter) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.subjectId() != null) {
            where.add("subjectId = :subjectId");
            params.and("subjectId", filter.subjectId());
        }
        if (filter.recipient() != null) {
            where.add("lower(recipient) = lower(:recipient)");
            params.and("recipient", filter.recipient());
        }
        if (filter.type() != null) {
            where.add("noticeType = :type");
            params.and("type", filter.type());
        }
        Sort sort = Sort.by("createdAt", Sort.Direction.Descending).and("id");
        return where.isEmpty() ? findAll(sort) : find(String.join(" and ", where), sort, params);
    }

    /** The deliveries of {@code notices}, by channel. */
    public List<Delivery> deliveriesOf(Collection<UUID> notices) {
        return notices.isEmpty() ? List.of() : getEntityManager()
                .createQuery("from Delivery d where d.noticeId in :ids order by d.createdAt, d.channel", Delivery.class)
                .setParameter("ids", notices).getResultList();
    }
}
