package org.opsdesk.incident.domain.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Duration;
import java.util.UUID;
import org.opsdesk.incident.domain.Priority;
import org.opsdesk.incident.domain.SlaHours;
import org.opsdesk.incident.domain.SlaTerms;
import org.opsdesk.platform.errors.InvalidFieldException;

/**
 * Response and resolution targets of one customer organisation (null: the default) for one priority, or a client's
 * for one severity level: 004 §3.3, client SLA terms "are linked to these severity levels" (IN-9). Priority stays the
 * internal ordering; a client's severity terms come before its (and the default) priority terms.
 */
@Entity
public class SlaPolicy {

    @Id
    private UUID id;
    private String customerOrg;
    @Enumerated(EnumType.STRING)
    private Priority priority;
    private Integer severity;
    private long responseTargetSeconds;
    private long resolutionTargetSeconds;
    @Enumerated(EnumType.STRING)
    private SlaHours hours;
    @Version
    private long version;

    protected SlaPolicy() {
    }

    public SlaPolicy(String customerOrg, Priority priority) {
        this.id = UUID.randomUUID();
        this.customerOrg = customerOrg;
        this.priority = priority;
    }

    /** A client's terms for one severity level (1-4); the default policies are per priority. */
    public static SlaPolicy perSeverity(String customerOrg, int severity) {
        if (customerOrg == null) {
            throw new InvalidFieldException("customerOrg", "terms per severity are a client's: name the organisation");
        }
        if (severity < 1 || severity > 4) {
            throw new InvalidFieldException("severity", "must be 1-4");
        }
        SlaPolicy policy = new SlaPolicy(customerOrg, null);
        policy.severity = severity;
        return policy;
    }

    public void define(Duration responseTarget, Duration resolutionTarget, SlaHours hours) {
        if (responseTarget.isNegative() || responseTarget.isZero() || resolutionTarget.isNegative() || resolutionTarget.isZero()) {
            throw new InvalidFieldException(responseTarget.isNegative() || responseTarget.isZero() ? "responseTarget" : "resolutionTarget",
                    "must be a positive duration");
        }
        this.responseTargetSeconds = responseTarget.toSeconds();
        this.resolutionTargetSeconds = resolutionTarget.toSeconds();
        this.hours = hours;
    }

    public SlaTerms terms() {
        return new SlaTerms(hours, responseTarget(), resolutionTarget());
    }

    public UUID id() { return id; }
    public String customerOrg() { return customerOrg; }
    public Priority priority() { return priority; }
    public Integer severity() { return severity; }
    public Duration responseTarget() { return Duration.ofSeconds(responseTargetSeconds); }
    public Duration resolutionTarget() { return Duration.ofSeconds(resolutionTargetSeconds); }
    public SlaHours hours() { return hours; }
}
