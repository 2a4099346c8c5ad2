package org.opsdesk.notification.support;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads what the test SMTP server received. GreenMail keeps one copy per recipient; {@link #distinct} folds them. */
public final class Mailbox {

    private Mailbox() {
    }

    public static List<MimeMessage> withSubject(String fragment) {
        return Arrays.stream(MailAndHttpPeers.mail().getReceivedMessages())
                .filter(m -> subject(m).contains(fragment)).toList();
    }

    /**
     * One message per Message-ID. A delivery keeps its Message-ID on every attempt, so a message sent twice shows
     * as more copies than it has recipients: that fails here rather than being folded away.
     */
    public static List<MimeMessage> distinct(List<MimeMessage> copies) {
        Map<String, List<MimeMessage>> byId = copies.stream()
                .collect(Collectors.groupingBy(Mailbox::messageId, LinkedHashMap::new, Collectors.toList()));
        byId.forEach((id, sameId) -> {
            if (sameId.size() > to(sameId.get(0)).size()) {
                throw new AssertionError("message " + id + " (" + subject(sameId.get(0)) + ") was sent more than once: "
                        + sameId.size() + " copies for " + to(sameId.get(0)).size() + " recipient(s)");
            }
        });
        return byId.values().stream().map(sameId -> sameId.get(0)).toList();
    }

    /** The one message (however many recipients' copies) whose subject contains {@code fragment}; fails otherwise. */
    public static MimeMessage single(String fragment) {
        List<MimeMessage> found = distinct(withSubject(fragment));
        if (found.size() != 1) {
            throw new AssertionError("expected one message with subject containing '" + fragment + "', found " + found.size());
        }
        return found.get(0);
    }

    public static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Set<String> to(MimeMessage message) {
        try {
            Address[] to = message.getRecipients(MimeMessage.RecipientType.TO);
            return to == null ? Set.of() : Arrays.stream(to).map(Address::toString).collect(Collectors.toSet());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    public static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    private static String part(Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return String.valueOf(part.getContent());
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    String found = part(child, type);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
