package org.opsdesk.e2e.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.opsdesk.e2e.OpsDeskSystem;

/** What arrived in the run's SMTP server and HTTP sink, read as a recipient and a gateway would see it. */
final class Sinks {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One email as one recipient received it: its subject and its plain-text body. */
    record Mail(String subject, String text) {
    }

    /** One request to the HTTP sink: its path and its JSON body. */
    record Post(String url, JsonNode body) {
    }

    private final OpsDeskSystem system;

    Sinks(OpsDeskSystem system) {
        this.system = system;
    }

    /** Every email delivered to {@code address}, in arrival order. */
    List<Mail> inbox(String address) {
        GreenMailUser user = system.mail().getUserManager().getUserByEmail(address);
        if (user == null) {
            return List.of();
        }
        try {
            return system.mail().getManagers().getImapHostManager().getInbox(user).getMessages().stream()
                    .map(StoredMessage::getMimeMessage).map(Sinks::mail).toList();
        } catch (FolderException e) {
            throw new IllegalStateException("cannot read the inbox of " + address, e);
        }
    }

    /** Every POST the sink received on {@code path}, in arrival order. */
    List<Post> posts(String path) {
        return system.sink().findAll(WireMock.postRequestedFor(WireMock.urlEqualTo(path))).stream()
                .sorted(java.util.Comparator.comparing(LoggedRequest::getLoggedDate)).map(Sinks::post).toList();
    }

    private static Post post(LoggedRequest request) {
        try {
            return new Post(request.getUrl(), JSON.readTree(request.getBodyAsString()));
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + request.getBodyAsString(), e);
        }
    }

    private static Mail mail(MimeMessage message) {
        try {
            return new Mail(message.getSubject(), text(message));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read an email", e);
        }
    }

    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            String html = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String text = text(body);
                if (text != null && body.isMimeType("text/html")) {
                    html = text;
                } else if (text != null) {
                    return text;
                }
            }
            return html;
        }
        if (part.isMimeType("text/html")) {
            return String.valueOf(part.getContent());
        }
        return null;
    }
}
