package org.opsdesk.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.opsdesk.notification.application.NoticeView.Fact;
import org.opsdesk.notification.domain.DeliveryKind;
import org.opsdesk.notification.domain.Person;
import org.opsdesk.notification.domain.Recipient;
import org.opsdesk.notification.domain.SubjectType;

/** Tells whoever reported a possible major incident what became of the report: received, confirmed or rejected. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ProposalNotices {

    private static final Logger LOG = Logger.getLogger(ProposalNotices.class);

    private final Notices notices;

    ProposalNotices(Notices notices) {
        this.notices = notices;
    }

    /** What the major-incident.proposal-* events carry. */
    public record Proposal(UUID proposalId, String title, Person reporter, String reason, UUID majorIncidentId, String status) {
    }

    public void on(String type, Proposal proposal) {
        if (proposal.proposalId() == null || proposal.reporter() == null || !proposal.reporter().hasEmail()) {
            LOG.warnf("%s %s: no reporter email, nobody to tell", type, proposal.proposalId());
            return;
        }
        String headline = switch (type) {
            case "major-incident.proposal-created" -> "We received your report of a possible major incident";
            case "major-incident.proposal-confirmed" -> "Your report was confirmed as a major incident";
            case "major-incident.proposal-rejected" -> "Your report was not declared a major incident";
            default -> null;
        };
        if (headline == null) {
            return;
        }
        String paragraph = switch (type) {
            case "major-incident.proposal-created" -> "The IT operations command centre is reviewing it and will let you know.";
            case "major-incident.proposal-confirmed" -> "The major incident process has started; updates follow on the status page.";
            default -> "The service desk handles it as an ordinary incident.";
        };
        NoticeView view = new NoticeView(headline + ": " + proposal.title(), List.of(paragraph),
                List.of(new Fact("Report", proposal.title()), new Fact("Reason", proposal.reason())), null, null);
        UUID subject = proposal.majorIncidentId() != null ? proposal.majorIncidentId() : proposal.proposalId();
        notices.email(SubjectType.MAJOR_INCIDENT, subject, "proposal/" + proposal.proposalId() + "/" + type, "reporter",
                DeliveryKind.PROPOSAL_NOTICE, List.of(new Recipient(proposal.reporter().name(), proposal.reporter().email())), view);
    }
}
