package org.opsdesk.notification.domain;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Duration;
import java.util.List;

/**
 * An audience group of 000 §5.5: who communicates, to whom, by which channel. Groups marked {@code inDefaultPlan}
 * are copied into the communication plan of every newly declared major incident.
 */
@Entity
public class Audience {

    @Id
    private String key;
    private String name;
    private String communicator;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Convert(converter = JsonColumns.Strings.class)
    private List<String> members;
    @Convert(converter = JsonColumns.Strings.class)
    private List<String> topics;
    private String webhookUrl;
    @Enumerated(EnumType.STRING)
    private WebhookFormat webhookFormat;
    private boolean inDefaultPlan;
    private int position;
    @Version
    private long version;

    protected Audience() {
    }

    public Audience(String key) {
        this.key = key;
    }

    public void define(Definition definition) {
        this.name = definition.name();
        this.communicator = definition.communicator();
        this.channel = definition.channel();
        this.members = List.copyOf(definition.members());
        this.topics = List.copyOf(definition.topics());
        this.webhookUrl = definition.webhookUrl();
        this.webhookFormat = definition.webhookFormat();
        this.inDefaultPlan = definition.inDefaultPlan();
        this.position = definition.position();
    }

    public record Definition(String name, String communicator, Channel channel, List<String> members, List<String> topics,
                             String webhookUrl, WebhookFormat webhookFormat, boolean inDefaultPlan, int position) {
    }

    public Definition definition() {
        return new Definition(name, communicator, channel, members, topics, webhookUrl, webhookFormat, inDefaultPlan, position);
    }

    public PlanAudience toPlanAudience(Duration cadence) {
        return new PlanAudience(key, name, communicator, channel, cadence, members, topics, webhookUrl, webhookFormat, null);
    }

    /**
     * Whether the audience reaches anyone yet: a default-plan audience that names nobody (the TBCs and Commissioners of
     * 002 until an organisation configures them) is left out of new plans rather than failing every update.
     */
    public boolean namesSomeone() {
        return channel == Channel.STATUS_PAGE || channel == Channel.WEBHOOK || !members.isEmpty() || !topics.isEmpty();
    }

    public String key() { return key; }
    public String name() { return name; }
    public String communicator() { return communicator; }
    public Channel channel() { return channel; }
    public List<String> members() { return members; }
    public List<String> topics() { return topics; }
    public String webhookUrl() { return webhookUrl; }
    public WebhookFormat webhookFormat() { return webhookFormat; }
    public boolean inDefaultPlan() { return inDefaultPlan; }
    public int position() { return position; }
}
