package org.opsdesk.notification.channels;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Consumer;
import org.opsdesk.notification.application.sending.ChannelSender;
import org.opsdesk.notification.application.sending.Outgoing;
import org.opsdesk.notification.domain.Channel;
import org.opsdesk.notification.domain.DeliveryFailure;
import org.opsdesk.notification.domain.Recipient;

/** EMAIL over SMTP (quarkus-mailer): one message to the audience, HTML with a plain-text alternative. */
@ApplicationScoped
public class EmailChannel implements ChannelSender {

    private final Mailer mailer;

    EmailChannel(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(Outgoing outgoing, Consumer<Recipient> delivered) {
        Mail mail = new Mail().setSubject(outgoing.message().subject()).setText(outgoing.message().text());
        if (outgoing.message().html() != null) {
            mail.setHtml(outgoing.message().html());
        }
        mail.setTo(outgoing.recipients().stream().map(Recipient::address).toList());
        // the same Message-ID on every attempt: a repeat after a lost outcome is recognisable as the same message
        mail.addHeader("Message-ID", "<" + outgoing.idempotencyKey() + "@opsdesk>");
        try {
            mailer.send(mail);
        } catch (RuntimeException e) {
            throw classify(e);
        }
        outgoing.recipients().forEach(delivered);
    }

    /**
     * Only a refusal of the message or its recipients (SMTP 550–556, e.g. no such mailbox, message too big) is
     * permanent. Everything else is worth another try on a fresh connection: 4xx replies, refused connections,
     * timeouts, and the 5xx replies about the dialogue itself (500–504 syntax or command order, 530/535
     * authentication), which a reused or half-closed connection produces without the message being at fault.
     */
    static DeliveryFailure classify(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SMTPException smtp) {
                String reason = "SMTP " + smtp.getReplyCode() + ": " + smtp.getReplyMessage();
                boolean refused = smtp.getReplyCode() >= 550 && smtp.getReplyCode() <= 556;
                return refused ? DeliveryFailure.permanent(reason) : DeliveryFailure.retryable(reason);
            }
        }
        return DeliveryFailure.retryable("SMTP error: " + error);
    }
}
