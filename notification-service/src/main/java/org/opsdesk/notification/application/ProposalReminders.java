package org.opsdesk.notification.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opsdesk.notification.config.NotificationConfig;
import org.opsdesk.notification.domain.Person;

/**
 * A potential major incident waiting for an authority (MI-1) is announced again, every
 * {@code opsdesk.notification.people.proposal-remind-every}, at most {@code proposal-reminders} times, until it is confirmed or
 * rejected. Due rows are taken with {@code FOR UPDATE SKIP LOCKED}, and each reminder is a notice of its own (fact:
 * the proposal and the reminder's number), so two replicas never remind twice.
 */
@ApplicationScoped
public class ProposalReminders {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EntityManager em;
    private final NotificationConfig config;

    ProposalReminders(EntityManager em, NotificationConfig config) {
        this.em = em;
        this.config = config;
    }

    /** A reminder that fell due. */
    public record Due(UUID proposalId, String title, String reason, Person dutyManager, int number) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void watch(UUID proposalId, String title, String reason, Person dutyManager, Instant now) {
        em.createNativeQuery("""
                insert into proposal_watch (proposal_id, title, reason, duty_manager, next_at, reminders)
                values (?1, ?2, ?3, ?4, ?5, 0) on conflict do nothing""")
                .setParameter(1, proposalId).setParameter(2, title == null ? "" : title).setParameter(3, reason)
                .setParameter(4, json(dutyManager)).setParameter(5, Timestamp.from(now.plus(config.people().proposalRemindEvery())))
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void decided(UUID proposalId) {
        em.createNativeQuery("delete from proposal_watch where proposal_id = ?1").setParameter(1, proposalId).executeUpdate();
    }

    /** Takes the reminders due at {@code now} and moves each watch on (or ends it after the last); call in the transaction that tells. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<Due> takeDue(Instant now) {
        List<Object[]> rows = em.createNativeQuery("""
                select proposal_id, title, reason, duty_manager, reminders from proposal_watch
                where next_at <= ?1 order by next_at limit 100 for update skip locked""")
                .setParameter(1, Timestamp.from(now)).getResultList();
        List<Due> due = rows.stream().map(r -> new Due((UUID) r[0], (String) r[1], (String) r[2], person((String) r[3]),
                ((Number) r[4]).intValue() + 1)).toList();
        for (Due d : due) {
            if (d.number() >= config.people().proposalReminders()) {
                decided(d.proposalId());
            } else {
                em.createNativeQuery("update proposal_watch set reminders = ?2, next_at = ?3 where proposal_id = ?1")
                        .setParameter(1, d.proposalId()).setParameter(2, d.number())
                        .setParameter(3, Timestamp.from(now.plus(config.people().proposalRemindEvery()))).executeUpdate();
            }
        }
        return due;
    }

    private static String json(Person person) {
        try {
            return person == null ? null : JSON.writeValueAsString(person);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Person person(String json) {
        try {
            return json == null ? null : JSON.readValue(json, Person.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
