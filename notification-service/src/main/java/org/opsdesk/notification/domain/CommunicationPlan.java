package org.opsdesk.notification.domain;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Who is told what, how and how often about one major incident (CO-1) or one customer incident (CO-3). */
@Entity
public class CommunicationPlan {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private SubjectType subjectType;
    private UUID subjectId;
    private String reference;
    private String title;
    @Enumerated(EnumType.STRING)
    private PlanStatus status;
    @Convert(converter = JsonColumns.PlanAudiences.class)
    private List<PlanAudience> audiences;
    private Instant createdAt;
    private Instant resolvedAt;
    @Version
    private long version;

    protected CommunicationPlan() {
    }

    public static CommunicationPlan create(SubjectType type, UUID subjectId, String reference, String title,
                                           List<PlanAudience> audiences, Instant now) {
        CommunicationPlan plan = new CommunicationPlan();
        plan.id = UUID.randomUUID();
        plan.subjectType = type;
        plan.subjectId = subjectId;
        plan.reference = reference;
        plan.title = title;
        plan.status = PlanStatus.ACTIVE;
        plan.audiences = List.copyOf(audiences);
        plan.createdAt = now;
        return plan;
    }

    /** Replaces the audiences; says which were added, removed or changed so their slots can follow. */
    public PlanChange adjust(List<PlanAudience> newAudiences) {
        status.require(PlanStatus.Command.ADJUST);
        Map<String, PlanAudience> before = byKey(audiences);
        Map<String, PlanAudience> after = byKey(newAudiences);
        List<PlanAudience> added = newAudiences.stream().filter(a -> !before.containsKey(a.audience())).toList();
        List<PlanAudience> removed = audiences.stream().filter(a -> !after.containsKey(a.audience())).toList();
        List<PlanAudience> changed = newAudiences.stream()
                .filter(a -> before.containsKey(a.audience()) && !before.get(a.audience()).equals(a)).toList();
        this.audiences = List.copyOf(newAudiences);
        return new PlanChange(added, removed, changed);
    }

    public record PlanChange(List<PlanAudience> added, List<PlanAudience> removed, List<PlanAudience> changed) {
    }

    public void resolve(Instant at) {
        status = status.after(PlanStatus.Command.RESOLVE);
        resolvedAt = at;
    }

    public void reopen() {
        status = status.after(PlanStatus.Command.REOPEN);
        resolvedAt = null;
    }

    public boolean isActive() {
        return status == PlanStatus.ACTIVE;
    }

    public Optional<PlanAudience> audience(String key) {
        return audiences.stream().filter(a -> a.audience().equals(key)).findFirst();
    }

    private static Map<String, PlanAudience> byKey(List<PlanAudience> audiences) {
        return audiences.stream().collect(Collectors.toMap(PlanAudience::audience, Function.identity(), (a, b) -> b));
    }

    public UUID id() { return id; }
    public SubjectType subjectType() { return subjectType; }
    public UUID subjectId() { return subjectId; }
    public String reference() { return reference; }
    public String title() { return title; }
    public PlanStatus status() { return status; }
    public List<PlanAudience> audiences() { return audiences; }
    public Instant createdAt() { return createdAt; }
    public Instant resolvedAt() { return resolvedAt; }
    public long version() { return version; }
}
