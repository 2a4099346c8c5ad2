package org.opsdesk.notification.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.opsdesk.platform.text.Text;

/**
 * One audience of one communication plan: its own channel, members and cadence. Members are contact keys; an
 * {@code organisation} adds every contact of that organisation; BULK sends to bulletin {@code topics}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanAudience(String audience, String name, String communicator, Channel channel, Duration cadence,
                           List<String> members, List<String> topics, String webhookUrl, WebhookFormat webhookFormat,
                           String organisation) {

    public static final String STATUS_PAGE_ADDRESS = "/status";

    public PlanAudience {
        members = members == null ? List.of() : List.copyOf(members);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    /** Whom a delivery to this audience goes to, given the contacts it names and the default webhook. */
    public List<Recipient> recipients(List<Contact> contacts, String defaultWebhookUrl) {
        return switch (channel) {
            case EMAIL -> addresses(contacts, Contact::email);
            case SMS, VOICE -> addresses(contacts, Contact::phone);
            case BULK -> topics.stream().map(topic -> new Recipient(topic, topic)).toList();
            case WEBHOOK -> {
                String url = Text.isBlank(webhookUrl) ? defaultWebhookUrl : webhookUrl;
                yield Text.isBlank(url) ? List.of() : List.of(new Recipient(name, url));
            }
            case STATUS_PAGE -> List.of(new Recipient("Public status page", STATUS_PAGE_ADDRESS));
        };
    }

    /** The contacts this audience names: its members and every contact of its organisation. */
    public boolean names(Contact contact) {
        return members.contains(contact.key())
                || (organisation != null && organisation.equalsIgnoreCase(contact.organisation()));
    }

    private static List<Recipient> addresses(List<Contact> contacts, java.util.function.Function<Contact, String> address) {
        Set<String> seen = new LinkedHashSet<>();
        List<Recipient> recipients = new ArrayList<>();
        for (Contact contact : contacts) {
            String value = address.apply(contact);
            if (!Text.isBlank(value) && seen.add(value.toLowerCase())) {
                recipients.add(new Recipient(contact.name(), value));
            }
        }
        return recipients;
    }
}
