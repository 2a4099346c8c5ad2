package org.opsdesk.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import org.opsdesk.notification.domain.Channel;
import org.opsdesk.notification.domain.OrganisationTerms;
import org.opsdesk.notification.persistence.OrganisationTermsRepository;
import org.opsdesk.platform.audit.ChangeLog;
import org.opsdesk.platform.errors.InvalidFieldException;
import org.opsdesk.platform.errors.ResourceNotFoundException;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;
import org.opsdesk.platform.text.Text;

/** The notification terms of customer organisations (CO-3): the one place their methods and timelines live. */
@ApplicationScoped
public class OrganisationService {

    private static final String KIND = "organisation";

    private final OrganisationTermsRepository organisations;
    private final ChangeLog changeLog;
    private final WebhookTargets targets;

    OrganisationService(OrganisationTermsRepository organisations, ChangeLog changeLog, WebhookTargets targets) {
        this.targets = targets;
        this.organisations = organisations;
        this.changeLog = changeLog;
    }

    public record Saved(OrganisationTerms organisation, boolean created) {
    }

    public Page<OrganisationTerms> list(PageRequest page) {
        return new Page<>(organisations.page(page.offset(), page.size()), organisations.count(), page.page(), page.size());
    }

    public OrganisationTerms get(String key) {
        return organisations.findByIdOptional(key).orElseThrow(() -> new ResourceNotFoundException("organisation", key));
    }

    /** Creates or replaces the terms of organisation {@code key}: seed files load through this, repeatably. */
    @Transactional
    public Saved put(String key, OrganisationTerms.Terms terms) {
        check(terms);
        OrganisationTerms organisation = organisations.findByIdOptional(key).orElse(null);
        boolean created = organisation == null;
        OrganisationTerms.Terms before = created ? null : organisation.terms();
        if (created) {
            organisation = new OrganisationTerms(key);
        }
        organisation.define(terms);
        if (created) {
            organisations.persist(organisation);
        }
        changeLog.saved(KIND, key, before, organisation.terms());
        return new Saved(organisation, created);
    }

    @Transactional
    public void delete(String key) {
        OrganisationTerms organisation = get(key);
        organisations.delete(organisation);
        changeLog.deleted(KIND, key, organisation.terms());
    }

    private void check(OrganisationTerms.Terms terms) {
        for (Channel channel : terms.channels()) {
            if (!OrganisationTerms.METHODS.contains(channel)) {
                throw new InvalidFieldException("channels", "must be among " + OrganisationTerms.METHODS
                        + " (the public status page shows major incidents only)");
            }
        }
        if (terms.channels().contains(Channel.WEBHOOK) && Text.isBlank(terms.portalUrl())) {
            throw new InvalidFieldException("portalUrl", "is required for the WEBHOOK method (the organisation's portal)");
        }
        if (terms.channels().contains(Channel.WEBHOOK)) {
            targets.check("portalUrl", terms.portalUrl());
        }
        positive("notifyWithin", terms.notifyWithin());
        positive("updateEvery", terms.updateEvery());
    }

    private static void positive(String field, Duration duration) {
        if (duration != null && duration.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new InvalidFieldException(field, "must be at least one second");
        }
    }
}
