package org.opsdesk.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/** Everything of notification-service that an operator may change. docs/services/notification-service.md lists it. */
@ConfigMapping(prefix = "opsdesk.notification")
public interface NotificationConfig {

    /** How often each audience of a new major-incident plan is updated (000 §5.5: hourly). */
    @WithDefault("PT1H")
    Duration cadence();

    /** An update not sent this long after its due time is overdue (CO-4). */
    @WithDefault("PT5M")
    Duration overdueGrace();

    Jobs jobs();

    Delivery delivery();

    /** Who hears about stale and overdue communication when the major incident has no coordinator yet. */
    Person coordinatorFallback();

    /** The service desk: how customers dispute a resolution (001 §5.9) and who watches customer notices. */
    ServiceDesk serviceDesk();

    Channels channels();

    StatusPage statusPage();

    /** The sender of every email ({@code quarkus.mailer.from}, read here so that a start without it stops naming it). */
    String mailFrom();

    Customers customers();

    Access access();

    /** Token groups per kind of endpoint (used in {@code @RolesAllowed("${opsdesk.notification.access.…}")}). */
    interface Access {
        /** Who reads audiences, contacts and organisations. */
        @WithDefault("admin,communications,strategic-initiatives,itocc,service-desk,duty-manager,executive,integration")
        List<String> directoryReaders();

        /** Who defines audiences and rotates webhook secrets. */
        @WithDefault("admin,communications,strategic-initiatives,itocc")
        List<String> audienceEditors();

        /** Who maintains the person directory. */
        @WithDefault("admin,communications,strategic-initiatives,itocc,service-desk")
        List<String> contactEditors();

        /** Who maintains customer organisations and their terms. */
        @WithDefault("admin,communications,service-desk")
        List<String> organisationEditors();

        /** Who reads a major incident's communication plan and what was sent. */
        @WithDefault("itocc,communications,strategic-initiatives,duty-manager,security-officer,service-desk,executive,cio,cto,integration,admin")
        List<String> planReaders();

        /** Who changes a communication plan. */
        @WithDefault("itocc,communications,strategic-initiatives,duty-manager,security-officer,admin")
        List<String> planEditors();

        /** Who reads what was sent about an incident. */
        @WithDefault("service-desk,technician,team-manager,itocc,communications,duty-manager,integration,admin")
        List<String> incidentCommunicationReaders();

        /** Who reads the personal notices. */
        @WithDefault("service-desk,technician,team-manager,itocc,communications,strategic-initiatives,duty-manager,integration,admin")
        List<String> noticeReaders();
    }

    /** Personal notices (issue 13): the channels of a person of the directory who set none of their own. */
    People people();

    interface Jobs {
        /**
         * Interval at which the sender looks for due deliveries (also the scheduler expression
         * {opsdesk.notification.jobs.send-every}); deliveries queued due at once wake it when their transaction commits.
         */
        @WithDefault("1s")
        String sendEvery();

        /** Interval of the overdue detector. */
        @WithDefault("30s")
        String overdueEvery();

        /** Interval at which the delivery log older than {@code delivery.log-retention} is deleted. */
        @WithDefault("1h")
        String pruneEvery();
    }

    interface Delivery {
        /** Attempts before a delivery is marked failed (timeouts, 5xx and transient SMTP replies are retried). */
        @WithDefault("4")
        int maxAttempts();

        @WithDefault("PT30S")
        Duration initialBackoff();

        @WithDefault("PT10M")
        Duration maxBackoff();

        /** Time limit of one HTTP request to a gateway. */
        @WithDefault("PT10S")
        Duration timeout();

        /**
         * Deliveries one sender worker claims with one query (all of one channel); it then sends them one by one, each
         * in its own transaction, and claims the next batch while any are due.
         */
        @WithDefault("50")
        int batchSize();

        /** Sender workers of this replica, each sending one delivery at a time. */
        @WithDefault("8")
        int workers();

        /** Workers that may send on one channel at once, so a slow or failing gateway holds only its share. */
        @WithDefault("4")
        int workersPerChannel();

        /** How long claimed deliveries are left to their worker; if it died, they fall due again then. */
        @WithDefault("PT1M")
        Duration claimTimeout();

        /**
         * How long the delivery log (each delivery and its attempts) is kept after its plan was resolved, or after a
         * one-off notice was created: it is the audit record of who was told what and when, so a year by default.
         */
        @WithDefault("P365D")
        Duration logRetention();
    }

    interface Person {
        @WithDefault("ITOCC")
        String name();

        /** No default: production names its own (the dev profile's is an example address). */
        String email();
    }

    interface ServiceDesk {
        @WithDefault("OMES Service Desk")
        String name();

        /** No default: production names its own. */
        String email();

        @WithDefault("405-521-2444")
        String phone();

        Optional<String> url();
    }

    interface Channels {
        Gateway sms();

        Gateway voice();

        Bulk bulk();

        Webhook webhook();

        /** Segments an SMS may use at most. */
        @WithDefault("2")
        int smsMaxSegments();
    }

    /** A Twilio-like JSON gateway: POST {url} {"from", "to", "body" | "say"} with a bearer token. */
    interface Gateway {
        /** No default, like the token: production names its gateway (the dev profile has the local sink). */
        String url();

        String token();

        @WithDefault("+14055550100")
        String from();
    }

    /** A GovDelivery-style bulletin API: POST {url}/api/account/{account}/bulletins/send_now, X-AUTH-TOKEN. */
    interface Bulk {
        String url();

        @WithDefault("OKOMES")
        String account();

        String token();
    }

    interface Webhook {
        /** Used by WEBHOOK audiences that name no URL of their own. */
        Optional<String> defaultUrl();

        /**
         * The key (base64, 32 bytes: AES-256-GCM) that encrypts the audiences' signing secrets at rest. No default:
         * production gives its own (the dev profile has one).
         */
        String secretKey();

        /**
         * Hosts a webhook may target over plain http and at loopback, link-local or private addresses (server-side
         * request forgery guard); none by default. The dev and test profiles and the local run name the loopback sink.
         */
        Optional<List<String>> trustedHosts();

        /** How long the previous secret keeps signing alongside a rotated one (receivers switch within it). */
        @WithDefault("PT24H")
        Duration secretOverlap();
    }

    interface StatusPage {
        @WithDefault("OpsDesk service status")
        String title();

        /** Public address of the page, for links in messages and the feed. */
        String publicUrl();

        /** How far back the page lists resolved major incidents. */
        @WithDefault("P90D")
        Period history();

        /** Shown when no event has named the duty manager yet. */
        Optional<String> dutyManagerName();

        Optional<String> dutyManagerPhone();

        /** The page is rebuilt in memory this often (changes of other replicas show within it); readers never reach the database. */
        @WithDefault("2s")
        Duration refreshEvery();

        /** A request that finds the page older than this (the refresh job stalled) rebuilds it first; {@code 0s} in tests. */
        @WithDefault("10s")
        Duration maxAge();
    }

    /** Severity 1 and 2 customer notices (CO-3): how soon and how often, per organisation. */
    /** The terms of a customer organisation without its own (PUT /api/v1/organisations/{key} sets them, CO-3). */
    interface Customers {
        @WithDefault("PT30M")
        Duration notifyWithin();

        @WithDefault("PT1H")
        Duration updateEvery();
    }

    interface People {
        /** High urgency: SMS and voice, then email. */
        @WithDefault("SMS,VOICE,EMAIL")
        List<org.opsdesk.notification.domain.Channel> highUrgency();

        /** Low urgency: email. */
        @WithDefault("EMAIL")
        List<org.opsdesk.notification.domain.Channel> lowUrgency();

        /** A proposal still waiting for an authority is announced again this often … */
        @WithDefault("PT15M")
        Duration proposalRemindEvery();

        /** … at most this many times. */
        @WithDefault("4")
        int proposalReminders();
    }
}
