package org.opsdesk.incident.application;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.opsdesk.incident.domain.Contact;
import org.opsdesk.incident.domain.reference.CatalogService;
import org.opsdesk.incident.domain.reference.Category;
import org.opsdesk.incident.domain.reference.HelpDesk;
import org.opsdesk.incident.domain.reference.Team;
import org.opsdesk.incident.persistence.CatalogServiceRepository;
import org.opsdesk.incident.persistence.CategoryRepository;
import org.opsdesk.incident.persistence.HelpDeskRepository;
import org.opsdesk.incident.persistence.TeamRepository;
import org.opsdesk.platform.audit.ChangeLog;
import org.opsdesk.platform.errors.ConflictException;
import org.opsdesk.platform.errors.InvalidFieldException;
import org.opsdesk.platform.errors.ResourceNotFoundException;

/** The reference data admins manage: teams, the service catalog, other help desks, categories (IN-3, IN-4, IN-7, IN-8). */
@ApplicationScoped
public class ReferenceDataService {

    public record TeamDefinition(String name, int tier, String email, String escalatesTo, Set<String> members,
                                 List<Contact> managers) {
        static TeamDefinition of(Team team) {
            return new TeamDefinition(team.name(), team.tier(), team.email(), team.escalatesTo().orElse(null), team.members(),
                    team.managers());
        }
    }

    private record ServiceFields(String name, String owningTeam, boolean significant, boolean active) {
        static ServiceFields of(CatalogService s) {
            return new ServiceFields(s.name(), s.owningTeam(), s.significant(), s.active());
        }
    }

    private record HelpDeskFields(String name, String phone, String email, String url, String hours) {
        static HelpDeskFields of(HelpDesk d) {
            return new HelpDeskFields(d.name(), d.phone(), d.email(), d.url(), d.hours());
        }
    }

    private record CategoryFields(String name, boolean active) {
        static CategoryFields of(Category c) {
            return new CategoryFields(c.name(), c.active());
        }
    }

    private final TeamRepository teams;
    private final CatalogServiceRepository services;
    private final HelpDeskRepository helpDesks;
    private final CategoryRepository categories;
    private final Event<ReferenceCache.Changed> changed;
    private final ChangeLog changeLog;
    private final ReferenceEventPublisher events;

    ReferenceDataService(TeamRepository teams, CatalogServiceRepository services, HelpDeskRepository helpDesks,
                         CategoryRepository categories, Event<ReferenceCache.Changed> changed, ChangeLog changeLog,
                         ReferenceEventPublisher events) {
        this.teams = teams;
        this.services = services;
        this.helpDesks = helpDesks;
        this.categories = categories;
        this.changed = changed;
        this.changeLog = changeLog;
        this.events = events;
    }

    // ---- teams ----

    public List<Team> teams() {
        return teams.listAll(Sort.by("tier").and("id"));
    }

    public Team team(String id) {
        return teams.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("team", id));
    }

    /** @param create true: the team must be new (409 otherwise); false: it must exist (404 otherwise) */
    @Transactional
    public Team saveTeam(String id, TeamDefinition def, boolean create) {
        Team team = create ? teams.findByIdOptional(id).map(t -> this.<Team>exists("team", id)).orElseGet(() -> new Team(id)) : team(id);
        if (def.escalatesTo() != null) {
            team(def.escalatesTo(), "escalatesTo");
            requireNoCycle(id, def.escalatesTo());
        }
        TeamDefinition before = create ? null : TeamDefinition.of(team);
        team.define(def.name(), def.tier(), def.email(), def.escalatesTo(), def.members(), def.managers());
        teams.persist(team);
        changeLog.saved("team", id, before, TeamDefinition.of(team));
        events.team(team, before == null ? ChangeLog.Action.CREATED : ChangeLog.Action.UPDATED);
        return team;
    }

    private void requireNoCycle(String id, String escalatesTo) {
        Set<String> seen = new HashSet<>(Set.of(id));
        for (String next = escalatesTo; next != null; next = teams.findByIdOptional(next).flatMap(Team::escalatesTo).orElse(null)) {
            if (!seen.add(next)) {
                throw new InvalidFieldException("escalatesTo", "escalating to " + escalatesTo + " would make the path a loop");
            }
        }
    }

    private Team team(String id, String field) {
        return teams.findByIdOptional(id).orElseThrow(() -> new InvalidFieldException(field, "unknown team " + id));
    }

    // ---- service catalog ----

    public List<CatalogService> services() {
        return services.listAll(Sort.by("id"));
    }

    public CatalogService service(String id) {
        return services.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("service", id));
    }

    @Transactional
    public CatalogService saveService(String id, String name, String owningTeam, boolean significant, boolean active, boolean create) {
        CatalogService service = create
                ? services.findByIdOptional(id).map(s -> this.<CatalogService>exists("service", id)).orElseGet(() -> new CatalogService(id))
                : service(id);
        team(owningTeam, "owningTeam");
        ServiceFields before = create ? null : ServiceFields.of(service);
        service.define(name, owningTeam, significant, active);
        services.persist(service);
        changeLog.saved("service", id, before, ServiceFields.of(service));
        events.service(service, before == null ? ChangeLog.Action.CREATED : ChangeLog.Action.UPDATED);
        changed.fire(new ReferenceCache.Changed());
        return service;
    }

    // ---- help desks of other agencies ----

    public List<HelpDesk> helpDesks() {
        return helpDesks.listAll(Sort.by("name"));
    }

    public HelpDesk helpDesk(String id) {
        return helpDesks.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("help desk", id));
    }

    @Transactional
    public HelpDesk saveHelpDesk(String id, String name, String phone, String email, String url, String hours, boolean create) {
        HelpDesk desk = create
                ? helpDesks.findByIdOptional(id).map(d -> this.<HelpDesk>exists("help desk", id)).orElseGet(() -> new HelpDesk(id))
                : helpDesk(id);
        HelpDeskFields before = create ? null : HelpDeskFields.of(desk);
        desk.define(name, phone, email, url, hours);
        helpDesks.persist(desk);
        changeLog.saved("help-desk", id, before, HelpDeskFields.of(desk));
        events.helpDesk(desk, before == null ? ChangeLog.Action.CREATED : ChangeLog.Action.UPDATED);
        return desk;
    }

    // ---- categories ----

    public List<Category> categories() {
        return categories.listAll(Sort.by("code"));
    }

    public Category category(String code) {
        return categories.findByIdOptional(code).orElseThrow(() -> new ResourceNotFoundException("category", code));
    }

    @Transactional
    public Category saveCategory(String code, String name, boolean active, boolean create) {
        Category category = create
                ? categories.findByIdOptional(code).map(c -> this.<Category>exists("category", code)).orElseGet(() -> new Category(code))
                : category(code);
        CategoryFields before = create ? null : CategoryFields.of(category);
        category.define(name, active);
        categories.persist(category);
        changeLog.saved("category", code, before, CategoryFields.of(category));
        events.category(category, before == null ? ChangeLog.Action.CREATED : ChangeLog.Action.UPDATED);
        changed.fire(new ReferenceCache.Changed());
        return category;
    }

    private <T> T exists(String kind, String id) {
        throw new ConflictException(kind + " " + id + " already exists; PUT changes it");
    }
}
