package org.opsdesk.major.application;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opsdesk.major.config.MajorIncidentConfig;
import org.opsdesk.major.domain.Bridge;
import org.opsdesk.major.domain.Eoc;
import org.opsdesk.major.domain.MajorIncident;
import org.opsdesk.major.domain.MajorIncidentEvents;
import org.opsdesk.major.persistence.MajorIncidentRepository;
import org.opsdesk.major.persistence.TeamMemberRepository;
import org.opsdesk.platform.errors.AccessDeniedException;

/** Conference bridge and emergency operations center (MI-4); escalation to disaster (MI-8). */
@ApplicationScoped
public class CoordinationService {

    private final MajorIncidentRepository majorIncidents;
    private final RosterService roster;
    private final TeamMemberRepository members;
    private final Journal journal;
    private final MajorIncidentConfig config;
    private final Clock clock;

    CoordinationService(MajorIncidentRepository majorIncidents, RosterService roster, TeamMemberRepository members,
                        Journal journal, MajorIncidentConfig config, Clock clock) {
        this.majorIncidents = majorIncidents;
        this.roster = roster;
        this.members = members;
        this.journal = journal;
        this.config = config;
        this.clock = clock;
    }

    /** Opens (or updates) the bridge; missing details come from configuration (000 §5.2.2). */
    @Transactional
    public MajorIncident openBridge(UUID id, String dialIn, String accessCode, String url, Caller caller) {
        MajorIncident mi = majorIncidents.require(id);
        var defaults = config.bridge();
        Bridge bridge = new Bridge(dialIn != null ? dialIn : defaults.defaultDialIn(),
                accessCode != null ? accessCode : defaults.defaultAccessCode().orElse(null),
                url != null ? url : defaults.defaultUrl().orElse(null), clock.instant(), caller.name());
        mi.openBridge(bridge);
        journal.announce(mi, caller.name(), "conference bridge " + bridge.dialIn()
                + (bridge.accessCode() != null ? " code " + bridge.accessCode() : "") + (bridge.url() != null ? " " + bridge.url() : ""),
                new MajorIncidentEvents.BridgeOpened(caller.name(),
                        members.ofMajorIncident(id).stream().map(MajorIncidentEvents.Member::of).toList()));
        return mi;
    }

    @Transactional
    public MajorIncident activateEoc(UUID id, String location, Caller caller) {
        MajorIncident mi = majorIncidents.require(id);
        Eoc eoc = new Eoc(location != null ? location : config.eoc().defaultLocation(), clock.instant(), caller.name());
        mi.activateEoc(eoc);
        journal.announce(mi, caller.name(), "emergency operations center activated at " + eoc.location(),
                new MajorIncidentEvents.EocActivated(caller.name()));
        return mi;
    }

    /** The CTO, Associate CIO Applications or TBC Director tells the CIO a disaster level may be reached (002 §V.A.4). */
    @Transactional
    public MajorIncident reportDisasterRisk(UUID id, String assessment, Caller caller) {
        requireAny(caller, config.disaster().reporters(), "report a disaster risk");
        MajorIncident mi = majorIncidents.require(id);
        Instant now = clock.instant();
        mi.reportDisasterRisk(now);
        var cio = roster.cioAt(now).map(MajorIncidentEvents.Contact::of).orElse(null);
        journal.announce(mi, caller.name(), "disaster risk reported to the CIO"
                        + (cio != null ? " (" + cio.name() + ")" : " (no CIO on the roster)") + ": " + assessment,
                new MajorIncidentEvents.DisasterRiskReported(caller.name(), assessment, cio));
        return mi;
    }

    /** Only the CIO declares a disaster, which starts disaster recovery (002 §IV.A, §V.A.5). */
    @Transactional
    public MajorIncident declareDisaster(UUID id, String reason, Caller caller) {
        requireAny(caller, config.disaster().declarers(), "declare a disaster");
        MajorIncident mi = majorIncidents.require(id);
        mi.declareDisaster(clock.instant(), caller.name());
        journal.announce(mi, caller.name(), "disaster declared, disaster recovery started: " + reason,
                new MajorIncidentEvents.DisasterDeclared(caller.name(), mi.disasterDeclaredAt(), reason));
        return mi;
    }

    private static void requireAny(Caller caller, List<String> groups, String what) {
        if (!caller.inAny(groups)) {
            throw new AccessDeniedException("only these groups may " + what + ": " + String.join(", ", groups));
        }
    }
}
