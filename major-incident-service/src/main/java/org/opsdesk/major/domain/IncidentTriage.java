package org.opsdesk.major.domain;

/** What an incident event means for major incidents (IN-16, MI-1; 002 §IV, 004 §3.3, §3.6). */
public final class IncidentTriage {

    public enum Outcome { NOTHING, LINK_TO_OPEN_MAJOR_INCIDENT, PROPOSE_LINK, DECLARE, PROPOSE }

    /**
     * Facts about the incident as this service knows them when an event arrives. {@code alertGroupLinked}: an open major
     * incident holds an incident of the same alert group; {@code customerRequested}: its severity is a customer's
     * self-service request the desk has not confirmed; {@code insignificantServices}: it names services and none of
     * them is significant (an incident naming no service is the desk's judgement alone).
     */
    public record Facts(boolean open, int severity, boolean linked, boolean coveredByOpenMajorIncident,
                        boolean alertGroupLinked, boolean alreadyProposed, boolean customerRequested,
                        boolean insignificantServices) {
    }

    /**
     * What a severe incident ({@code maxSeverity} or worse) does: one of the desk's triage or from monitoring, on a
     * significant service or naming none ({@code triaged}), one whose severity a customer asked for
     * ({@code customerRequested}), one only on services that are not significant ({@code notSignificant}).
     */
    public record Rules(AutomaticDeclaration triaged, AutomaticDeclaration customerRequested,
                        AutomaticDeclaration notSignificant, int maxSeverity) {

        AutomaticDeclaration modeFor(Facts facts) {
            return facts.customerRequested() ? customerRequested : facts.insignificantServices() ? notSignificant : triaged;
        }
    }

    private IncidentTriage() {
    }

    /**
     * An incident already linked is left alone. One of the same alert group as an incident of an open major incident
     * joins it: the rule is sure of that. Any other on an affected service of an open major incident may be unrelated
     * and is proposed to the coordinator. Otherwise a severity at or above the threshold declares or proposes, once,
     * as the rules say for where its severity comes from.
     */
    public static Outcome decide(Facts facts, Rules rules) {
        if (!facts.open() || facts.linked()) {
            return Outcome.NOTHING;
        }
        if (facts.alertGroupLinked()) {
            return Outcome.LINK_TO_OPEN_MAJOR_INCIDENT;
        }
        if (facts.coveredByOpenMajorIncident()) {
            return Outcome.PROPOSE_LINK;
        }
        if (facts.alreadyProposed() || facts.severity() > rules.maxSeverity()) {
            return Outcome.NOTHING;
        }
        return switch (rules.modeFor(facts)) {
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
