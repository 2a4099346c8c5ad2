package org.opsdesk.incident.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.opsdesk.incident.config.IncidentConfig;
import org.opsdesk.incident.domain.reference.ReferenceSnapshot;
import org.opsdesk.incident.persistence.CatalogServiceRepository;
import org.opsdesk.incident.persistence.CategoryRepository;
import org.opsdesk.incident.persistence.PriorityMatrixRepository;
import org.opsdesk.incident.persistence.SlaPolicyRepository;

/**
 * The reference data every intake reads, kept in memory: it changes a few times a year and was read on every
 * incident. A change made through this replica drops the copy once it commits; a change made through another
 * replica is seen at the latest {@code reference-cache-ttl} after the copy was loaded.
 */
@ApplicationScoped
public class ReferenceCache {

    /** Fired by every change of the priority matrix, SLA policies, service catalog or categories. */
    public record Changed() {
    }

    private record Loaded(ReferenceSnapshot snapshot, Instant at, long generation) {
    }

    private final PriorityMatrixRepository matrix;
    private final SlaPolicyRepository policies;
    private final CatalogServiceRepository services;
    private final CategoryRepository categories;
    private final Duration ttl;
    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();
    private volatile Loaded loaded;

    ReferenceCache(PriorityMatrixRepository matrix, SlaPolicyRepository policies, CatalogServiceRepository services,
                   CategoryRepository categories, IncidentConfig config, Clock clock) {
        this.matrix = matrix;
        this.policies = policies;
        this.services = services;
        this.categories = categories;
        this.ttl = config.referenceCacheTtl();
        this.clock = clock;
    }

    public ReferenceSnapshot current() {
        Instant now = clock.instant();
        Loaded last = loaded;
        if (last != null && last.generation() == generation.get() && !now.isBefore(last.at()) && now.isBefore(last.at().plus(ttl))) {
            return last.snapshot();
        }
        // a change committed while this loads bumps the generation, so the copy is not kept past this call
        long seen = generation.get();
        ReferenceSnapshot snapshot = new ReferenceSnapshot(matrix.load(), policies.listAll(), services.listAll(), categories.listAll());
        loaded = new Loaded(snapshot, now, seen);
        return snapshot;
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        generation.incrementAndGet();
    }
}
