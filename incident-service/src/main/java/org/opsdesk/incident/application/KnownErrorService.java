package org.opsdesk.incident.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.opsdesk.incident.domain.reference.KnownError;
import org.opsdesk.incident.persistence.CatalogServiceRepository;
import org.opsdesk.incident.persistence.KnownErrorRepository;
import org.opsdesk.platform.audit.ChangeLog;
import org.opsdesk.platform.errors.InvalidFieldException;
import org.opsdesk.platform.errors.ResourceNotFoundException;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;

/** The known-error database the desk searches for symptoms (IN-5). */
@ApplicationScoped
public class KnownErrorService {

    private final KnownErrorRepository knownErrors;
    private final CatalogServiceRepository services;
    private final ChangeLog changeLog;
    private final ReferenceEventPublisher events;
    private final Clock clock;

    KnownErrorService(KnownErrorRepository knownErrors, CatalogServiceRepository services, ChangeLog changeLog,
                      ReferenceEventPublisher events, Clock clock) {
        this.knownErrors = knownErrors;
        this.services = services;
        this.changeLog = changeLog;
        this.events = events;
        this.clock = clock;
    }

    record Fields(String title, String symptoms, String workaround, List<String> serviceIds, boolean active) {
        static Fields of(KnownError k) {
            return new Fields(k.title(), k.symptoms(), k.workaround(), k.serviceIds(), k.active());
        }
    }

    public Page<KnownError> search(String q, PageRequest page) {
        return knownErrors.search(q, page);
    }

    public KnownError get(UUID id) {
        return knownErrors.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("known error", id));
    }

    @Transactional
    public KnownError create(String title, String symptoms, String workaround, List<String> serviceIds) {
        KnownError knownError = new KnownError(Moments.now(clock));
        define(knownError, title, symptoms, workaround, serviceIds, true);
        knownErrors.persist(knownError);
        changeLog.saved("known-error", knownError.id().toString(), null, Fields.of(knownError));
        events.knownError(knownError, ChangeLog.Action.CREATED);
        return knownError;
    }

    @Transactional
    public KnownError update(UUID id, String title, String symptoms, String workaround, List<String> serviceIds, boolean active) {
        KnownError knownError = get(id);
        Fields before = Fields.of(knownError);
        define(knownError, title, symptoms, workaround, serviceIds, active);
        changeLog.saved("known-error", id.toString(), before, Fields.of(knownError));
        events.knownError(knownError, ChangeLog.Action.UPDATED);
        return knownError;
    }

    private void define(KnownError knownError, String title, String symptoms, String workaround, List<String> serviceIds,
                        boolean active) {
        List<String> ids = serviceIds == null ? List.of() : serviceIds;
        ids.stream().filter(id -> services.findByIdOptional(id).isEmpty()).findFirst().ifPresent(id -> {
            throw new InvalidFieldException("serviceIds", "unknown service " + id);
        });
        knownError.define(title, symptoms, workaround, ids, active);
    }
}
