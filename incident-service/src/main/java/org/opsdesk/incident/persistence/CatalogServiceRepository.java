package org.opsdesk.incident.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.opsdesk.incident.domain.reference.CatalogService;

@ApplicationScoped
public class CatalogServiceRepository implements PanacheRepositoryBase<CatalogService, String> {
}
