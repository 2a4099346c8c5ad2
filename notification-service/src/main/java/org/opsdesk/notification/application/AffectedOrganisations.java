package org.opsdesk.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opsdesk.notification.config.NotificationConfig;
import org.opsdesk.notification.domain.Channel;
import org.opsdesk.notification.domain.IncidentFacts;
import org.opsdesk.notification.domain.OrganisationTerms;
import org.opsdesk.notification.domain.PlanAudience;
import org.opsdesk.notification.persistence.OrganisationTermsRepository;
import org.opsdesk.platform.text.Text;

/**
 * Who is told of a severity 1–2 incident (004 §3.4, CO-3): the reporting organisation and every organisation that uses
 * an affected service, each by the methods and on the timelines of its terms (the service's defaults, email only,
 * for an organisation without terms), to its contacts. An organisation nobody can be reached at is left out.
 */
@ApplicationScoped
public class AffectedOrganisations {

    private static final int KEY_ROOM = 56;

    private final OrganisationTermsRepository organisations;
    private final SlotPlanner planner;
    private final NotificationConfig config;

    AffectedOrganisations(OrganisationTermsRepository organisations, SlotPlanner planner, NotificationConfig config) {
        this.organisations = organisations;
        this.planner = planner;
        this.config = config;
    }

    /** One organisation's audiences (one per method) and how soon it must be told. */
    public record Notified(String organisation, List<PlanAudience> audiences, Duration notifyWithin) {
    }

    public List<Notified> of(IncidentFacts facts) {
        Map<String, OrganisationTerms.Terms> affected = new LinkedHashMap<>();
        if (!Text.isBlank(facts.customerOrg())) {
            affected.put(facts.customerOrg(), organisations.of(facts.customerOrg()).map(OrganisationTerms::terms)
                    .orElseGet(() -> new OrganisationTerms.Terms(facts.customerOrg(), List.of(), List.of(Channel.EMAIL), null, null, null)));
        }
        for (OrganisationTerms organisation : organisations.using(facts.serviceIds())) {
            if (affected.keySet().stream().noneMatch(org -> org.equalsIgnoreCase(organisation.key()))) {
                affected.put(organisation.key(), organisation.terms());
            }
        }
        List<Notified> notified = new ArrayList<>();
        affected.forEach((org, terms) -> {
            List<PlanAudience> audiences = terms.channels().stream().map(channel -> audience(org, terms, channel))
                    .filter(audience -> !planner.recipients(audience).isEmpty()).toList();
            if (!audiences.isEmpty()) {
                notified.add(new Notified(org, audiences,
                        terms.notifyWithin() != null ? terms.notifyWithin() : config.customers().notifyWithin()));
            }
        });
        return notified;
    }

    private PlanAudience audience(String org, OrganisationTerms.Terms terms, Channel channel) {
        String key = (org.length() > KEY_ROOM ? org.substring(0, KEY_ROOM) : org) + "." + channel.name().toLowerCase(Locale.ROOT);
        return new PlanAudience(key, terms.name() + " (" + channel.name().toLowerCase(Locale.ROOT) + ")", config.serviceDesk().name(),
                channel, terms.updateEvery() != null ? terms.updateEvery() : config.customers().updateEvery(), List.of(), List.of(),
                channel == Channel.WEBHOOK ? terms.portalUrl() : null, null, org);
    }
}
