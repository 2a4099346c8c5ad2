package org.opsdesk.review.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything review-service lets an organisation decide; docs/services/review-service.md lists the keys. */
@ConfigMapping(prefix = "opsdesk.review")
public interface ReviewConfig {

    /** After Action Reviews of resolved major incidents (RV-1, RV-3). */
    ReviewKind aar();

    /** Post-incident reviews of severity-1 and recurring significant incidents (RV-4). */
    Pir pir();

    /** Where readers reach this service: the link to a distributed report that incidents and major incidents keep (002 §V.D.3). */
    @WithDefault("http://localhost:8084")
    String publicUrl();

    /** The audiences of notification-service a missed deadline is escalated to (RV-5, RV-3: one directory). */
    @WithDefault("cio")
    List<String> escalateTo();

    /** The owner is reminded at close of business this many business days before a deadline (RV-5). */
    @WithDefault("1")
    int reminderBusinessDaysBefore();

    ActionItems actionItems();

    Jobs jobs();

    /** Role lists of the endpoints (comma-separated in the properties; read by {@code @RolesAllowed("${...}")}). */
    Access access();

    interface ReviewKind {
        /** Deliverables by kind ({@code preliminary}, {@code final}). */
        Map<String, Deliverable> deliverables();

        /** The audience of notification-service that owns a review nobody was named for (RV-3: one directory). */
        String defaultOwnerList();
    }

    interface Pir extends ReviewKind {
        /** Incidents of this severity or more severe get a PIR. */
        @WithDefault("1")
        int triggerSeverity();

        Recurrence recurrence();
    }

    interface Deliverable {
        /** Due at close of business on this business day after the start (resolution) day. */
        int businessDays();

        /** The sections the report of this deliverable shows, in order. */
        List<String> sections();

        /** Sections that must be written before the deliverable can be submitted. */
        Optional<List<String>> requiredSections();

        /**
         * Who receives the report: {@code impacted-customers}, {@code owner} and {@code coordinator} are resolved per
         * review; any other name is an audience of notification-service, which resolves it from its contacts (RV-3).
         */
        List<String> distributeTo();
    }

    interface Recurrence {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("3")
        int threshold();

        @WithDefault("P30D")
        Duration window();

        /** Incidents of this severity or more severe are significant (as are those on a significant service). */
        @WithDefault("2")
        int significantMaxSeverity();
    }

    interface ActionItems {
        /** How often the owner of an overdue action item is reminded again. */
        @WithDefault("P1D")
        Duration reminderEvery();
    }

    interface Jobs {
        /** Cadence of the deadline and action-item jobs. */
        @WithDefault("60s")
        String every();
    }

    /** Token groups per kind of endpoint (used in {@code @RolesAllowed("${opsdesk.review.access.…}")}). */
    interface Access {
        @WithDefault("strategic-initiatives,itocc,team-manager,technician,service-desk,executive,executive-sponsor,cio,cto,"
                + "security-officer,duty-manager,communications,integration,admin")
        List<String> readers();

        @WithDefault("strategic-initiatives,itocc,team-manager,technician,cto,security-officer,cio,integration,admin")
        List<String> editors();

        /** Only these approve or reject a deliverable (002 §V.D.2–3: the CIO). */
        @WithDefault("cio")
        List<String> approvers();

        @WithDefault("strategic-initiatives,itocc,communications,cio,admin")
        List<String> distributors();

        @WithDefault("admin,strategic-initiatives")
        List<String> calendarAdmins();
    }
}
