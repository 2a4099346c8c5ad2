package org.opsdesk.notification.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Real peers on free loopback ports for the whole test run: a GreenMail SMTP server and a WireMock HTTP server that
 * records every gateway request (SMS, voice, bulletins, webhooks). Before the application starts, the schedule
 * tables of notification_test are emptied: slots left PENDING by an earlier run would otherwise all fall due.
 */
public class MailAndHttpPeers implements QuarkusTestResourceLifecycleManager {

    private static GreenMail greenMail;
    private static WireMockServer wireMock;

    public static GreenMail mail() {
        return greenMail;
    }

    public static WireMockServer http() {
        return wireMock;
    }

    public static String httpUrl(String path) {
        return "http://127.0.0.1:" + wireMock.port() + path;
    }

    @Override
    public Map<String, String> start() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        greenMail.start();
        wireMock = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        wireMock.start();
        wireMock.stubFor(any(anyUrl()).atPriority(100).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"sid\": \"SM0001\", \"status\": \"queued\"}")));
        resetScheduleTables();
        return Map.of(
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(greenMail.getSmtp().getPort()),
                "opsdesk.notification.channels.sms.url", httpUrl("/sms/messages"),
                "opsdesk.notification.channels.voice.url", httpUrl("/voice/calls"),
                "opsdesk.notification.channels.bulk.url", httpUrl("/govdelivery"),
                "opsdesk.notification.channels.webhook.default-url", httpUrl("/hooks/default"));
    }

    @Override
    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
        if (wireMock != null) {
            wireMock.stop();
        }
    }

    private static void resetScheduleTables() {
        String url = "jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/notification_test";
        try (Connection connection = DriverManager.getConnection(url, "notification", "notification");
             Statement statement = connection.createStatement()) {
            statement.execute("""
                    do $$ begin
                      if to_regclass('delivery') is not null then
                        truncate delivery_attempt, delivery, communication_plan, status_page_post, major_incident_view,
                                 incident_view, outbox_event;
                      end if;
                      if to_regclass('notice') is not null then
                        truncate notice cascade;
                      end if;
                    end $$""");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reset the schedule tables of notification_test", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
