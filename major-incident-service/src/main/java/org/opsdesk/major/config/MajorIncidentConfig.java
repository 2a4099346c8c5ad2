package org.opsdesk.major.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.opsdesk.major.domain.AutomaticDeclaration;

/** Everything the organisation decides; the defaults are those of the source procedures (000, 002). */
@ConfigMapping(prefix = "opsdesk.major")
public interface MajorIncidentConfig {

    Access access();

    Declaration declaration();

    Coordinator coordinator();

    Roster roster();

    Team team();

    Bridge bridge();

    Eoc eoc();

    Changes changes();

    StatusUpdates statusUpdates();

    Recovery recovery();

    Disaster disaster();

    LongOutage longOutage();

    Widespread widespread();

    /** Token groups per kind of endpoint (used in {@code @RolesAllowed("${opsdesk.major.access.…}")}). */
    interface Access {
        /** Who reads major incidents, their team, timeline, changes and the roster. */
        @WithDefault("service-desk,technician,team-manager,itocc,soc,executive,strategic-initiatives,executive-sponsor,cio,cto,security-officer,duty-manager,communications,integration,admin")
        List<String> readers();

        /** Who acts on a major incident: team, bridge, EOC, objectives, changes, tickets, scope, resolve, close. */
        @WithDefault("itocc,service-desk,soc,strategic-initiatives,executive,cio,cto,security-officer,duty-manager,team-manager,technician,communications,admin")
        List<String> responders();

        /** Who maintains the on-duty roster. */
        @WithDefault("itocc,strategic-initiatives,duty-manager,admin")
        List<String> rosterEditors();

        /** Who sends change records (change-management tools and the people who relay them). */
        @WithDefault("integration,itocc,service-desk,admin")
        List<String> changeSources();
    }

    interface Declaration {
        /** Token groups that may declare any major incident (000 §5.1; 002 §IV.B). */
        @WithDefault("itocc,service-desk,soc,executive,strategic-initiatives,executive-sponsor,cto")
        List<String> authorities();

        /**
         * Duty roles of the roster whose holders, while on duty, may declare (and designate the coordinator, confirm or
         * reject proposals) whatever their token groups: the designees of the CTO, ACIO and TBC Director (002 §IV.B).
         */
        @WithDefault("CTO_DESIGNEE,ASSOCIATE_CIO_APPLICATIONS_DESIGNEE,TBC_DIRECTOR_DESIGNEE")
        List<String> designeeRoles();

        /** Token groups that may, in addition, declare a CYBERSECURITY major incident (002 §IV.E, §V.A.6). */
        @WithDefault("security-officer")
        List<String> cybersecurityAuthorities();

        /**
         * What an incident at {@link #automaticMaxSeverity()} or worse does (IN-16) when its severity is the desk's
         * triage or monitoring's and it is on a significant service (004 §3.3, §3.6).
         */
        @WithDefault("DECLARE")
        AutomaticDeclaration automatic();

        /** … when its severity is a customer's self-service request the desk has not confirmed (004 §3.3). */
        @WithDefault("PROPOSE")
        AutomaticDeclaration customerRequested();

        /** … when none of its services is significant. */
        @WithDefault("PROPOSE")
        AutomaticDeclaration notSignificant();

        @WithDefault("1")
        int automaticMaxSeverity();
    }

    interface Coordinator {
        /** Duty roles tried in order for the coordinator (000 §5.8). */
        @WithDefault("ITOCC_MANAGER,ITOCC_DESIGNEE,STRATEGIC_INITIATIVES,SERVICE_QUALITY")
        List<String> fallbackChain();

        /** Duty roles tried in order for a CYBERSECURITY major incident (002 §IV.E). */
        @WithDefault("ENTERPRISE_SECURITY_OFFICER")
        List<String> cybersecurityChain();

        /** How often a coordinator gap is checked against the roster: a shift that starts fills it within this. */
        @WithDefault("30s")
        String gapCheckEvery();
    }

    interface Roster {
        /** The duty roles the roster accepts. */
        @WithDefault("ITOCC_MANAGER,ITOCC_DESIGNEE,STRATEGIC_INITIATIVES,SERVICE_QUALITY,ENTERPRISE_SECURITY_OFFICER,CIO,CTO,ASSOCIATE_CIO_APPLICATIONS,TBC_DIRECTOR,CTO_DESIGNEE,ASSOCIATE_CIO_APPLICATIONS_DESIGNEE,TBC_DIRECTOR_DESIGNEE,DUTY_MANAGER,COMMUNICATIONS_COORDINATOR")
        List<String> dutyRoles();

        /** The duty role shown as duty manager on the status page (002 §V.B.5). */
        @WithDefault("DUTY_MANAGER")
        String dutyManagerRole();

        /** The duty role told of a disaster risk (002 §V.A.4). */
        @WithDefault("CIO")
        String cioRole();
    }

    interface Team {
        /**
         * Teams every major incident team holds someone of (000 §5.2.1), as team ids of incident-service's catalog
         * (the owners of affected services and the teams of linked incidents are named the same way).
         */
        @WithDefault("strategic-initiatives,service-desk,application-support,server-team,network-team,database-team,pc-support,security-operations")
        List<String> mandatoryTeams();
    }

    interface Bridge {
        /** The Major Incident Conference Call number (000 §5.2.2, §7.3). */
        @WithDefault("405-522-4900")
        String defaultDialIn();

        Optional<String> defaultAccessCode();

        Optional<String> defaultUrl();
    }

    interface Eoc {
        /** Default command and control location (002 §VI.C). */
        @WithDefault("51 Commerce Drive, Room 412")
        String defaultLocation();
    }

    interface Changes {
        /** How far before the start of a major incident changes are listed for review (MI-5). */
        @WithDefault("72h")
        Duration lookBack();
    }

    interface StatusUpdates {
        /** Token groups that may publish status updates besides the coordinator and the Communications Coordinator. */
        @WithDefault("communications")
        List<String> groups();

        /** The next update is promised within this (002 §V.B.5: at least hourly). */
        @WithDefault("1h")
        Duration maxInterval();
    }

    interface Recovery {
        /** Cadence of the RTO check (MI-6). */
        @WithDefault("1m")
        String checkEvery();
    }

    interface Disaster {
        /** Token groups that report a disaster risk to the CIO (002 §V.A.4). */
        @WithDefault("cto")
        List<String> reporters();

        /** Token groups that may declare a disaster (002 §IV.A, §V.A.5). */
        @WithDefault("cio")
        List<String> declarers();
    }

    interface LongOutage {
        /** MI-10 (002 §VI.A): an outage this long on a significant service is a candidate major incident. */
        @WithDefault("2h")
        Duration threshold();

        @WithDefault("2")
        int maxSeverity();

        @WithDefault("5m")
        String checkEvery();
    }

    interface Widespread {
        /** 004 §3.6: this many open incidents on one service ... */
        @WithDefault("5")
        int incidents();

        /** ... received within this window are proposed as one potential major incident. */
        @WithDefault("30m")
        Duration window();
    }
}
