package org.opsdesk.incident.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * An incident waiting in a queue for acknowledgement (issue 13): due at the target of its priority, then reminded
 * every {@code repeatEvery}, first the queue, then its manager, until the policy's reminders are spent.
 */
@Entity
public class AcknowledgementWatch {

    /** Who a reminder goes to. */
    public enum Level { QUEUE, MANAGER }

    /** The escalation policy: how many reminders to the queue, then to the manager, how far apart. */
    public record Policy(int queueReminders, int managerReminders, Duration repeatEvery) {
        public Level levelOf(int reminder) {
            return reminder <= queueReminders ? Level.QUEUE : Level.MANAGER;
        }
    }

    /** One reminder that fell due. */
    public record Reminder(int number, Level level, Instant dueAt) {
    }

    @Id
    private UUID incidentId;
    private String team;
    private Instant dueAt;
    private Instant nextAt;
    private int reminders;
    @Version
    private long version;

    protected AcknowledgementWatch() {
    }

    public AcknowledgementWatch(UUID incidentId, String team, Instant dueAt) {
        this.incidentId = incidentId;
        this.team = team;
        this.dueAt = dueAt;
        this.nextAt = dueAt;
    }

    /** @return the reminder due at {@code now}, and the watch moved to the next one (none after the last) */
    public Reminder remind(Instant now, Policy policy) {
        reminders++;
        Reminder reminder = new Reminder(reminders, policy.levelOf(reminders), dueAt);
        nextAt = reminders >= policy.queueReminders() + policy.managerReminders() ? null : now.plus(policy.repeatEvery());
        return reminder;
    }

    public UUID incidentId() { return incidentId; }
    public String team() { return team; }
    public Instant dueAt() { return dueAt; }
    public Instant nextAt() { return nextAt; }
    public int reminders() { return reminders; }
}
