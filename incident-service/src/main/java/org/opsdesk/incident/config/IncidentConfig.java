package org.opsdesk.incident.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opsdesk.incident.domain.ContactMethod;
import org.opsdesk.incident.domain.EscalationType;
import org.opsdesk.incident.domain.Priority;
import org.opsdesk.incident.domain.ResolutionType;
import org.opsdesk.incident.domain.Urgency;

/** Everything about incidents that an organisation decides (docs/services/incident-service.md lists each key). */
@ConfigMapping(prefix = "opsdesk.incident")
public interface IncidentConfig {

    /** The tier-1 team that owns new and returned cases. */
    @WithDefault("service-desk")
    String serviceDeskTeam();

    /** Urgency of a report that does not state one, until triage corrects it. */
    @WithDefault("HIGH")
    Urgency defaultUrgency();

    Sla sla();

    Resolution resolution();

    UnreachableCustomer unreachableCustomer();

    Duplicates duplicates();

    @WithDefault("3")
    int knownErrorSuggestions();

    /**
     * How long a replica keeps the priority matrix, SLA policies, catalog and categories in memory; it drops them at
     * once when they change through it, so this bounds how long another replica's change goes unseen (0: no cache).
     */
    @WithDefault("30s")
    Duration referenceCacheTtl();

    /** How long the Idempotency-Key of a POST /incidents is remembered; a retry after that opens a new incident. */
    @WithDefault("P7D")
    Duration idempotencyKeyRetention();

    Problems problems();

    Alerts alerts();

    MajorIncidents majorIncidents();

    Jobs jobs();

    /** The acknowledgement escalation policy (issue 13). */
    Acknowledgement acknowledgement();

    Access access();

    /** Token groups per kind of endpoint (used in {@code @RolesAllowed("${opsdesk.incident.access.…}")}). */
    interface Access {
        /** Who reads incidents, their history and the reference data. */
        @WithDefault("service-desk,technician,team-manager,itocc,soc,duty-manager,integration,admin,executive,executive-sponsor,"
                + "strategic-initiatives,cio,cto,security-officer,communications,customer")
        List<String> readers();

        /** Who sees every organisation's incidents; the others see only their own organisation's (customers). */
        @WithDefault("service-desk,technician,team-manager,itocc,soc,duty-manager,integration,admin,executive,executive-sponsor,"
                + "strategic-initiatives,cio,cto,security-officer,communications")
        List<String> allOrganisations();

        /** Who logs incidents. */
        @WithDefault("service-desk,technician,team-manager,itocc,soc,duty-manager,integration,admin,customer")
        List<String> loggers();

        /** Who works incidents: triage, assignment, escalation, resolution. */
        @WithDefault("service-desk,technician,team-manager,itocc,soc,duty-manager,integration,admin")
        List<String> workers();

        /** Who answers for the customer: confirm or dispute a resolution, contact attempts. */
        @WithDefault("service-desk,technician,team-manager,itocc,soc,duty-manager,integration,admin,customer")
        List<String> customerResponders();

        /** Who reads the SLA reports. */
        @WithDefault("service-desk,technician,team-manager,itocc,soc,duty-manager,integration,admin,executive,executive-sponsor,"
                + "strategic-initiatives,cio,cto,security-officer,communications,customer")
        List<String> reportReaders();

        /** Who works problem cases. */
        @WithDefault("service-desk,technician,team-manager,itocc,soc,duty-manager,admin")
        List<String> problemWorkers();

        /** Who maintains the reference data, policies and integrations. */
        @WithDefault("admin")
        List<String> admins();

        /** Who posts monitoring alerts (an integration key counts as monitoring). */
        @WithDefault("integration,admin,monitoring")
        List<String> alertPosters();
    }

    interface Acknowledgement {
        /** Per priority (P1 … P5): how long a queue may leave an assigned case unacknowledged; a priority left out is not watched. */
        Map<Priority, Duration> target();

        /** Reminders to the queue (the first at the target), then to its manager. */
        @WithDefault("1")
        int queueReminders();

        @WithDefault("2")
        int managerReminders();

        /** Between two reminders. */
        @WithDefault("PT10M")
        Duration repeatEvery();
    }

    /** How often the scheduled jobs look for what is due. */
    interface Jobs {
        @WithDefault("60s")
        Duration slaEvery();

        @WithDefault("15m")
        Duration autoCloseEvery();

        @WithDefault("1h")
        Duration forgetIdempotencyKeysEvery();

        @WithDefault("30s")
        Duration acknowledgementEvery();
    }

    interface Sla {
        /** Share of a target after which the warning is sent. */
        @WithDefault("0.75")
        double warnAt();

        /** Escalation when the response target is missed. */
        @WithDefault("HIERARCHICAL")
        EscalationType responseBreachEscalation();

        /** Escalation when the resolution target is missed (HIERARCHICAL when the team has no next tier). */
        @WithDefault("FUNCTIONAL")
        EscalationType resolutionBreachEscalation();

        /** Who the automatic escalations are recorded as. */
        @WithDefault("sla-monitor")
        String actor();
    }

    interface Resolution {
        /** How long the customer may dispute a resolution. */
        @WithDefault("3")
        int disputeWindowDays();

        /** When a resolved case closes by itself (never before the dispute window ends). */
        @WithDefault("3")
        int autoCloseAfterDays();

        /** true: the days above are business days of the business calendar; false (001 §5.9): calendar days. */
        @WithDefault("false")
        boolean businessDays();

        @WithDefault("auto-close")
        String autoCloseActor();
    }

    interface UnreachableCustomer {
        @WithDefault("3")
        int minAttempts();

        /** Each of these methods must have been tried (003: phone and e-mail). */
        @WithDefault("PHONE,EMAIL")
        Set<ContactMethod> requiredMethods();

        @WithDefault("5")
        int minBusinessDays();

        /** How long after an attempt it may still be entered with its own time; the entry time is kept beside it. */
        @WithDefault("PT15M")
        Duration backdateGrace();
    }

    interface Duplicates {
        /** How far back open incidents are compared with a new one. */
        @WithDefault("P7D")
        Duration window();

        /** Trigram similarity of two summaries from which they count as the same issue (0-1). */
        @WithDefault("0.45")
        double similarity();

        @WithDefault("5")
        int max();

        /**
         * How many of the latest open incidents are compared word by word and by service with a new one (besides all
         * open ones with its fingerprint): bounds what the duplicate search reads.
         */
        @WithDefault("100")
        int recent();
    }

    interface Problems {
        @WithDefault("true")
        boolean openOnWorkaround();

        /** Priorities for which a problem is opened at once (IN-12: every priority-1 incident). */
        @WithDefault("P1")
        Set<Priority> openForPriorities();

        RecurringAlert recurringAlert();
    }

    /** An alert identity whose incidents were resolved this many times within the window gets a problem (001 §5.8.1). */
    interface RecurringAlert {
        @WithDefault("3")
        int resolutions();

        @WithDefault("P7D")
        Duration window();
    }

    interface Alerts {
        /** Labels (or PagerDuty fields) that name the affected service, tried in order. */
        @WithDefault("service,component,app,job")
        List<String> serviceLabels();

        /** Label value → catalog service id where the two differ. */
        Map<String, String> serviceMap();

        @WithDefault("severity")
        String severityLabel();

        @WithDefault("customer")
        String customerLabel();

        /** Alert severity (lower case) → impact 1-4. */
        Map<String, Integer> impact();

        /** Alert severity (lower case) → urgency. */
        Map<String, Urgency> urgency();

        @WithDefault("3")
        int defaultImpact();

        @WithDefault("MEDIUM")
        Urgency defaultUrgency();

        /** Resolve an incident opened by alerts when its alert resolves and no person has acted on it. */
        @WithDefault("true")
        boolean autoResolve();

        /** An alert that cleared says nothing about its cause: not a permanent fix (recurrences open a problem). */
        @WithDefault("WORKAROUND")
        ResolutionType autoResolveType();

        @WithDefault("monitoring")
        String actor();

        RateLimit rateLimit();

        /** A post with more alerts than this is taken in parts of this many, each in its own transaction. */
        @WithDefault("500")
        int batchSize();

        Integrations integrations();
    }

    /** Monitoring integrations and their keys (docs/integrations.md). */
    interface Integrations {
        /** How long the key before a rotation keeps working, so the sender's configuration can be changed. */
        @WithDefault("P1D")
        Duration rotationOverlap();

        /** The seconds a sender is asked to wait (Retry-After) when the database is unavailable. */
        @WithDefault("5")
        int retryAfterSeconds();
    }

    /**
     * Alerts a source (the token's subject) may post to one replica: {@code burst} at once, then {@code per-second};
     * every alert of a post counts, a post at least one. Kept in memory, so with N replicas a source may post N times this.
     */
    interface RateLimit {
        @WithDefault("25000")
        int perSecond();

        @WithDefault("50000")
        int burst();

        /** Token subject → its own limit, where it differs. */
        Map<String, SourceLimit> sources();
    }

    interface SourceLimit {
        Optional<Integer> perSecond();

        Optional<Integer> burst();
    }

    interface MajorIncidents {
        /** How the open incidents of a resolved major incident are resolved. */
        @WithDefault("WORKAROUND")
        ResolutionType resolutionType();

        @WithDefault("major-incident-service")
        String actor();
    }
}
