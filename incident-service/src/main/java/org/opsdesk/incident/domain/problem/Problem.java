package org.opsdesk.incident.domain.problem;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** A problem case: the underlying cause of one or more incidents, investigated until it is fixed (IN-12). */
@Entity
public class Problem {

    @Id
    private UUID id;
    private String number;
    @Enumerated(EnumType.STRING)
    private ProblemStatus status;
    private String title;
    private String description;
    @Enumerated(EnumType.STRING)
    private ProblemReason reason;
    private UUID majorIncidentId;
    private String rootCause;
    private String workaround;
    private UUID knownErrorId;
    private String resolution;
    private Instant openedAt;
    private String openedBy;
    private Instant resolvedAt;
    private Instant closedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "problem_incident", joinColumns = @JoinColumn(name = "problem_id"))
    @Column(name = "incident_id")
    private Set<UUID> incidentIds = new LinkedHashSet<>();
    @Version
    private long version;

    protected Problem() {
    }

    public static Problem open(String number, String title, String description, ProblemReason reason,
                               UUID majorIncidentId, Instant now, String by) {
        Problem problem = new Problem();
        problem.id = UUID.randomUUID();
        problem.number = number;
        problem.status = ProblemStatus.OPEN;
        problem.title = title;
        problem.description = description;
        problem.reason = reason;
        problem.majorIncidentId = majorIncidentId;
        problem.openedAt = now;
        problem.openedBy = by;
        return problem;
    }

    /** @return false when the incident was already linked */
    public boolean link(UUID incidentId) {
        status.require(ProblemStatus.Command.LINK_INCIDENT);
        return incidentIds.add(incidentId);
    }

    public void rootCauseFound(String cause, String knownWorkaround, UUID knownError) {
        status = status.after(ProblemStatus.Command.ROOT_CAUSE);
        rootCause = cause;
        workaround = knownWorkaround;
        knownErrorId = knownError;
    }

    public void resolve(String fix, Instant now) {
        status = status.after(ProblemStatus.Command.RESOLVE);
        resolution = fix;
        resolvedAt = now;
    }

    public void close(Instant now) {
        status = status.after(ProblemStatus.Command.CLOSE);
        closedAt = now;
    }

    /** An open problem of an incident that became part of a major incident covers the major incident too. */
    public boolean cover(UUID majorIncident) {
        if (majorIncidentId != null || !isOpen()) {
            return false;
        }
        majorIncidentId = majorIncident;
        return true;
    }

    public boolean isOpen() {
        return status == ProblemStatus.OPEN || status == ProblemStatus.KNOWN_ERROR;
    }

    public UUID id() { return id; }
    public String number() { return number; }
    public ProblemStatus status() { return status; }
    public String title() { return title; }
    public String description() { return description; }
    public ProblemReason reason() { return reason; }
    public UUID majorIncidentId() { return majorIncidentId; }
    public String rootCause() { return rootCause; }
    public String workaround() { return workaround; }
    public UUID knownErrorId() { return knownErrorId; }
    public String resolution() { return resolution; }
    public Instant openedAt() { return openedAt; }
    public String openedBy() { return openedBy; }
    public Instant resolvedAt() { return resolvedAt; }
    public Instant closedAt() { return closedAt; }
    public Set<UUID> incidentIds() { return Set.copyOf(incidentIds); }
}
