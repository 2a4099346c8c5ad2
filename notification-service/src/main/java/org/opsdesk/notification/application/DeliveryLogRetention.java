package org.opsdesk.notification.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.opsdesk.notification.config.NotificationConfig;

/**
 * Deletes the delivery log that has outlived {@code opsdesk.notification.delivery.log-retention}: the deliveries (and their
 * attempts) of plans resolved before the cut-off, and one-off notices created before it. A pending delivery, and any
 * of an active plan, stays. Plans themselves stay (one small row each).
 */
@ApplicationScoped
public class DeliveryLogRetention {

    /** Deliveries deleted per transaction, so a large backlog never holds one long lock. */
    static final int BATCH = 500;

    private static final String PRUNE_BATCH = """
            with doomed as (
                select d.id from delivery d left join communication_plan p on p.id = d.plan_id
                where d.state <> 'PENDING'
                  and case when p.id is null then d.created_at < ?1 else p.status = 'RESOLVED' and p.resolved_at < ?1 end
                limit ?2),
            attempts as (delete from delivery_attempt where delivery_id in (select id from doomed))
            delete from delivery where id in (select id from doomed)
            """;

    private final EntityManager em;
    private final NotificationConfig config;

    DeliveryLogRetention(EntityManager em, NotificationConfig config) {
        this.em = em;
        this.config = config;
    }

    /** @return how many deliveries were deleted */
    public int prune(Instant now) {
        Instant cutoff = now.minus(config.delivery().logRetention());
        int total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(PRUNE_BATCH)
                    .setParameter(1, cutoff)
                    .setParameter(2, BATCH)
                    .executeUpdate());
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
