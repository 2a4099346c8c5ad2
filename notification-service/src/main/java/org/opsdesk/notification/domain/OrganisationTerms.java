package org.opsdesk.notification.domain;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Duration;
import java.util.List;

/**
 * How a customer organisation is told of a severity 1–2 incident on the services it uses (004 §3.4, CO-3): the methods
 * and the timelines its SLA names. Its contacts are the directory's contacts of the same organisation.
 */
@Entity
public class OrganisationTerms {

    /** The methods a customer incident can use; the public status page shows major incidents only. */
    public static final List<Channel> METHODS = List.of(Channel.EMAIL, Channel.SMS, Channel.VOICE, Channel.WEBHOOK);

    @Id
    private String key;
    private String name;
    @Convert(converter = JsonColumns.Strings.class)
    private List<String> serviceIds;
    @Convert(converter = JsonColumns.Strings.class)
    private List<String> channels;
    private Long notifyWithinSeconds;
    private Long updateEverySeconds;
    private String portalUrl;
    @Version
    private long version;

    protected OrganisationTerms() {
    }

    public OrganisationTerms(String key) {
        this.key = key;
    }

    /** @param notifyWithin null: the service's default; likewise {@code updateEvery} */
    public record Terms(String name, List<String> serviceIds, List<Channel> channels, Duration notifyWithin,
                        Duration updateEvery, String portalUrl) {
    }

    public void define(Terms terms) {
        name = terms.name();
        serviceIds = List.copyOf(terms.serviceIds());
        channels = terms.channels().stream().map(Channel::name).toList();
        notifyWithinSeconds = terms.notifyWithin() == null ? null : terms.notifyWithin().toSeconds();
        updateEverySeconds = terms.updateEvery() == null ? null : terms.updateEvery().toSeconds();
        portalUrl = terms.portalUrl();
    }

    public Terms terms() {
        return new Terms(name, serviceIds, channels.stream().map(Channel::valueOf).toList(),
                notifyWithinSeconds == null ? null : Duration.ofSeconds(notifyWithinSeconds),
                updateEverySeconds == null ? null : Duration.ofSeconds(updateEverySeconds), portalUrl);
    }

    public String key() { return key; }
}
