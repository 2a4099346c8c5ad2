package org.opsdesk.major.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.opsdesk.major.domain.CatalogEntry;
import org.opsdesk.major.persistence.CatalogRepository;

/** Keeps this service's copy of the service catalog from incident.service-changed (MI-3: who owns an affected service). */
@ApplicationScoped
public class ServiceCatalog {

    private final CatalogRepository catalog;
    private final Clock clock;

    ServiceCatalog(CatalogRepository catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onServiceChanged(CatalogEntry.Facts facts) {
        catalog.findByIdOptional(facts.serviceId()).ifPresentOrElse(entry -> entry.update(facts, clock.instant()),
                () -> catalog.persist(CatalogEntry.of(facts, clock.instant())));
    }
}
