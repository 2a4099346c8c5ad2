package org.opsdesk.notification.channels;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.ext.mail.SMTPException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.opsdesk.notification.domain.DeliveryFailure;

class EmailChannelTest {

    @Test
    void permanentSmtpRepliesAreNotRetried() {
        DeliveryFailure failure = EmailChannel.classify(new CompletionException(
                new SMTPException("550 mailbox unavailable", 550, List.of("550 mailbox unavailable"), false)));
        assertThat(failure.retryable()).isFalse();
        assertThat(failure.getMessage()).startsWith("SMTP 550");
    }

    @Test
    void transientSmtpRepliesAndConnectionErrorsAreRetried() {
        assertThat(EmailChannel.classify(new SMTPException("451 try later", 451, List.of("451 try later"), false)).retryable()).isTrue();
        assertThat(EmailChannel.classify(new CompletionException(new IOException("Connection refused"))).retryable()).isTrue();
    }

    @Test
    void repliesAboutTheDialogueRatherThanTheMessageAreRetried() {
        for (int code : new int[] {500, 502, 503, 535}) {
            SMTPException reply = new SMTPException(code + " out of sequence", code, List.of(code + " out of sequence"), false);
            assertThat(EmailChannel.classify(reply).retryable()).as("SMTP %d", code).isTrue();
        }
        for (int code : new int[] {550, 552, 554}) {
            SMTPException reply = new SMTPException(code + " refused", code, List.of(code + " refused"), false);
            assertThat(EmailChannel.classify(reply).retryable()).as("SMTP %d", code).isFalse();
        }
    }
}
