package org.opsdesk.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.opsdesk.notification.domain.Channel;
import org.opsdesk.notification.domain.Contact;
import org.opsdesk.notification.domain.ManagedTeam;
import org.opsdesk.notification.persistence.AudienceRepository;
import org.opsdesk.notification.persistence.ContactRepository;
import org.opsdesk.notification.domain.NotificationEvents;
import org.opsdesk.notification.domain.NotificationEvents.Action;
import org.opsdesk.platform.audit.ChangeLog;
import org.opsdesk.platform.errors.ConflictException;
import org.opsdesk.platform.errors.InvalidFieldException;
import org.opsdesk.platform.events.Outbox;
import org.opsdesk.platform.errors.ResourceNotFoundException;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;
import org.opsdesk.platform.text.Text;

/** The people and mailboxes audiences name (CO-1) and customer organisations' contacts (CO-3). */
@ApplicationScoped
public class ContactService {

    private static final String KIND = "contact";

    private final ContactRepository contacts;
    private final AudienceRepository audiences;
    private final ChangeLog changeLog;
    private final Outbox outbox;

    ContactService(ContactRepository contacts, AudienceRepository audiences, ChangeLog changeLog, Outbox outbox) {
        this.contacts = contacts;
        this.audiences = audiences;
        this.changeLog = changeLog;
        this.outbox = outbox;
    }

    public record Details(String name, String email, String phone, String organisation, String role, List<Channel> highUrgency,
                          List<Channel> lowUrgency, List<ManagedTeam> managerOf) {
        static Details of(Contact c) {
            return new Details(c.name(), c.email(), c.phone(), c.organisation(), c.role(), c.highUrgency(), c.lowUrgency(),
                    c.managerOf());
        }
    }

    public record Saved(Contact contact, boolean created) {
    }

    public Page<Contact> list(String organisation, PageRequest page) {
        return new Page<>(contacts.page(organisation, page.offset(), page.size()), contacts.count(organisation), page.page(), page.size());
    }

    public Contact get(String key) {
        return contacts.findByIdOptional(key).orElseThrow(() -> new ResourceNotFoundException("contact", key));
    }

    /** Creates or replaces the contact {@code key}: seed files load through this, repeatably. */
    @Transactional
    public Saved put(String key, Details details) {
        if (Text.isBlank(details.email()) && Text.isBlank(details.phone())) {
            throw new InvalidFieldException("email", "a contact needs an email address or a phone number");
        }
        boolean needsPhone = java.util.stream.Stream.concat(details.highUrgency().stream(), details.lowUrgency().stream())
                .anyMatch(c -> c == Channel.SMS || c == Channel.VOICE);
        if (needsPhone && Text.isBlank(details.phone())) {
            throw new InvalidFieldException("phone", "SMS and VOICE in the notification rules need a phone number");
        }
        Contact contact = contacts.findByIdOptional(key).orElse(null);
        boolean created = contact == null;
        Details before = created ? null : Details.of(contact);
        if (created) {
            contact = new Contact(key);
        }
        contact.describe(details.name(), blankToNull(details.email()), blankToNull(details.phone()),
                blankToNull(details.organisation()), blankToNull(details.role()));
        contact.notifyBy(details.highUrgency(), details.lowUrgency(), details.managerOf());
        if (created) {
            contacts.persist(contact);
        }
        changeLog.saved(KIND, key, before, Details.of(contact));
        outbox.append(key, NotificationEvents.CONTACT_CHANGED, NotificationEvents.ContactChanged.of(contact,
                created ? Action.CREATED : Action.UPDATED));
        return new Saved(contact, created);
    }

    @Transactional
    public void delete(String key) {
        Contact contact = get(key);
        List<String> naming = audiences.namingContact(key);
        if (!naming.isEmpty()) {
            throw new ConflictException("contact " + key + " is a member of audiences " + String.join(", ", naming)
                    + "; remove it from them first");
        }
        contacts.delete(contact);
        changeLog.deleted(KIND, key, Details.of(contact));
        outbox.append(key, NotificationEvents.CONTACT_CHANGED, NotificationEvents.ContactChanged.of(contact, Action.DELETED));
    }

    private static String blankToNull(String value) {
        return Text.isBlank(value) ? null : value.strip();
    }
}
