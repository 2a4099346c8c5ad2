package org.opsdesk.major.domain;

/** What an incident event means for major incidents (IN-16, MI-1). */
public final class IncidentTriage {

    public enum Outcome { NOTHING, LINK_TO_OPEN_MAJOR_INCIDENT, PROPOSE_LINK, DECLARE, PROPOSE }

    /** Facts about the incident as this service knows them when an event arrives. */
    public record Facts(boolean open, int severity, boolean linked, boolean coveredByOpenMajorIncident,
                        boolean alreadyProposed) {
    }

    private IncidentTriage() {
    }

    /**
     * An incident already linked is left alone. One on an affected service of an open major incident joins it as a
     * child when the rule is sure: it is severe enough to be declared itself (rather than starting a second major
     * incident); a less severe one there may be unrelated and is proposed to the coordinator. Otherwise a severity at
     * or above the threshold declares or proposes, once.
     */
    public static Outcome decide(Facts facts, AutomaticDeclaration mode, int maxSeverity) {
        if (!facts.open() || facts.linked()) {
            return Outcome.NOTHING;
        }
        if (facts.coveredByOpenMajorIncident()) {
            return facts.severity() <= maxSeverity ? Outcome.LINK_TO_OPEN_MAJOR_INCIDENT : Outcome.PROPOSE_LINK;
        }
        if (facts.alreadyProposed() || facts.severity() > maxSeverity) {
            return Outcome.NOTHING;
        }
        return switch (mode) {
            case DECLARE -> Outcome.DECLARE;
            case PROPOSE -> Outcome.PROPOSE;
            case OFF -> Outcome.NOTHING;
        };
    }

    /** Whether the incident is open after an event of {@code type}, given whether it was open before. */
    public static boolean openAfter(String type, boolean openBefore) {
        return switch (type) {
            case "incident.resolved", "incident.referred", "incident.closed" -> false;
            case "incident.reopened", "incident.created" -> true;
            default -> openBefore;
        };
    }
}
