package org.opsdesk.notification.application;

/**
 * What an update of a major incident says, as its templates read it (executive email, SMS, voice, bulletin, chat,
 * status page post). Unknown items read "Not yet known"; {@code nextUpdate} is always set.
 */
public record UpdateView(String reference, String title, String headline, boolean first, boolean resolution, boolean stale,
                         String lastStatusAt, String type, boolean disaster, String services, String impactSummary,
                         String nature, String impact, String remediationMetric, String remediationSteps,
                         String estimatedRemediation, String nextUpdate, String coordinator, String bridge,
                         String resolutionSummary, String resolvedAt, String declaredAt, String statusPageUrl,
                         String communicator, String audienceName) {
}
