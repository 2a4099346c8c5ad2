package org.opsdesk.review.application;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.opsdesk.platform.time.BusinessCalendar;
import org.opsdesk.review.config.ReviewConfig;
import org.opsdesk.review.domain.Deadlines;
import org.opsdesk.review.domain.Deliverable;
import org.opsdesk.review.domain.DeliverableKind;
import org.opsdesk.review.domain.RecurrencePolicy;
import org.opsdesk.review.domain.ReviewType;
import org.opsdesk.review.domain.Section;

/**
 * The configured shape of each review type: its deliverables, their sections, deadlines and distribution. Created at
 * startup, so a misconfigured kind or section stops the service with the key named.
 */
@Startup
@ApplicationScoped
public class ReviewPlans {

    /** One deliverable of a review type as configured. */
    public record Plan(DeliverableKind kind, int businessDays, List<Section> sections, List<Section> requiredSections,
                       List<String> distributeTo) {

        /** Impacted customers get a customer version of the report, never the internal one (002 §V.D.2–3). */
        public boolean forCustomers() {
            return distributeTo.contains(Recipients.IMPACTED_CUSTOMERS);
        }
    }

    private final ReviewConfig config;
    private final BusinessCalendar calendar;
    private final Map<ReviewType, Map<DeliverableKind, Plan>> plans = new EnumMap<>(ReviewType.class);

    ReviewPlans(ReviewConfig config, BusinessCalendar calendar) {
        this.config = config;
        this.calendar = calendar;
        plans.put(ReviewType.AAR, parse(ReviewType.AAR, config.aar()));
        plans.put(ReviewType.PIR, parse(ReviewType.PIR, config.pir()));
    }

    public List<Deliverable> deliverables(ReviewType type) {
        return plans.get(type).values().stream().map(p -> Deliverable.plan(p.kind(), p.businessDays())).toList();
    }

    public Plan plan(ReviewType type, DeliverableKind kind) {
        Plan plan = plans.get(type).get(kind);
        if (plan == null) {
            throw new IllegalStateException("no " + kind + " deliverable is configured for " + type);
        }
        return plan;
    }

    public Deadlines deadlines() {
        return new Deadlines(calendar, config.reminderBusinessDaysBefore());
    }

    /** The link to a deliverable's frozen report (GET /api/v1/reviews/{id}/report?kind=…). */
    public String reportUrl(UUID reviewId, DeliverableKind kind) {
        return config.publicUrl().replaceAll("/+$", "") + "/api/v1/reviews/" + reviewId + "/report?kind=" + kind;
    }

    public BusinessCalendar calendar() {
        return calendar;
    }

    public RecurrencePolicy recurrence() {
        ReviewConfig.Recurrence r = config.pir().recurrence();
        return new RecurrencePolicy(r.enabled(), r.threshold(), r.window(), r.significantMaxSeverity());
    }

    public int pirTriggerSeverity() {
        return config.pir().triggerSeverity();
    }

    /** The audience of notification-service that owns a review of {@code type} nobody was named for (RV-3). */
    public String defaultOwnerAudience(ReviewType type) {
        return type == ReviewType.AAR ? config.aar().defaultOwnerList() : config.pir().defaultOwnerList();
    }

    /** The audiences of notification-service a missed deadline is escalated to (RV-5; RV-3: its directory resolves them). */
    public List<String> escalation() {
        return config.escalateTo();
    }

    private static Map<DeliverableKind, Plan> parse(ReviewType type, ReviewConfig.ReviewKind kind) {
        String prefix = type.name().toLowerCase(Locale.ROOT);
        Map<DeliverableKind, Plan> parsed = new EnumMap<>(DeliverableKind.class);
        kind.deliverables().forEach((name, d) -> {
            DeliverableKind k = DeliverableKind.parse(name).orElseThrow(() -> new IllegalArgumentException(
                    "opsdesk.review." + prefix + ".deliverables." + name + ": unknown deliverable kind"));
            String key = "opsdesk.review." + prefix + ".deliverables." + name;
            if (d.businessDays() < 1) {
                throw new IllegalArgumentException(key + ".business-days must be at least 1");
            }
            Set<Section> required = new LinkedHashSet<>(sections(key + ".required-sections", d.requiredSections().orElse(List.of())));
            required.addAll(type.requiredSections());
            if (d.distributeTo().contains(Recipients.IMPACTED_CUSTOMERS)) {
                required.add(Section.CUSTOMER_SUMMARY);
            }
            parsed.put(k, new Plan(k, d.businessDays(), sections(key + ".sections", d.sections()), List.copyOf(required),
                    d.distributeTo()));
        });
        if (parsed.isEmpty()) {
            throw new IllegalArgumentException("opsdesk.review." + prefix + ".deliverables: at least one deliverable is needed");
        }
        return parsed;
    }

    private static List<Section> sections(String key, List<String> names) {
        return names.stream().map(n -> Section.parse(n)
                .orElseThrow(() -> new IllegalArgumentException(key + ": unknown section " + n))).toList();
    }
}
