package org.opsdesk.notification.channels;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Consumer;
import org.opsdesk.notification.application.ChannelSender;
import org.opsdesk.notification.application.Outgoing;
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
        try {
            mailer.send(mail);
        } catch (RuntimeException e) {
            throw classify(e);
        }
        outgoing.recipients().forEach(delivered);
    }

    /** SMTP 5xx replies are permanent; 4xx replies, refused connections and timeouts are worth another try. */
    static DeliveryFailure classify(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SMTPException smtp) {
                String reason = "SMTP " + smtp.getReplyCode() + ": " + smtp.getReplyMessage();
                return smtp.isPermanent() ? DeliveryFailure.permanent(reason) : DeliveryFailure.retryable(reason);
            }
        }
        return DeliveryFailure.retryable("SMTP error: " + error);
    }
}
