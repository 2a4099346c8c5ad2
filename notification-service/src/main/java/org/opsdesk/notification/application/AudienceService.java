package org.opsdesk.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.opsdesk.notification.config.NotificationConfig;
import org.opsdesk.notification.domain.Audience;
import org.opsdesk.notification.domain.Channel;
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

/** Audience groups (000 §5.5); those in the default plan are copied into every new major incident's plan. */
@ApplicationScoped
public class AudienceService {

    private static final String KIND = "audience";

    private final AudienceRepository audiences;
    private final ContactRepository contacts;
    private final NotificationConfig config;
    private final ChangeLog changeLog;
    private final Outbox outbox;
    private final WebhookTargets targets;
    private final WebhookSecrets secrets;

    AudienceService(AudienceRepository audiences, ContactRepository contacts, NotificationConfig config, ChangeLog changeLog,
                    Outbox outbox, WebhookTargets targets, WebhookSecrets secrets) {
        this.targets = targets;
        this.secrets = secrets;
        this.audiences = audiences;
        this.contacts = contacts;
        this.config = config;
        this.changeLog = changeLog;
        this.outbox = outbox;
    }

    public record Saved(Audience audience, boolean created) {
    }

    public Page<Audience> list(PageRequest page) {
        return new Page<>(audiences.page(page.offset(), page.size()), audiences.count(), page.page(), page.size());
    }

    public Audience get(String key) {
        return audiences.findByIdOptional(key).orElseThrow(() -> new ResourceNotFoundException("audience", key));
    }

    /** Creates or replaces the audience {@code key}. Plans already running keep their own copy. */
    @Transactional
    public Saved put(String key, Audience.Definition definition) {
        validate(definition);
        Audience audience = audiences.findByIdOptional(key).orElse(null);
        boolean created = audience == null;
        Audience.Definition before = created ? null : audience.definition();
        if (created) {
            audience = new Audience(key);
        }
        audience.define(definition);
        if (created) {
            audiences.persist(audience);
        }
        changeLog.saved(KIND, key, before, audience.definition());
        outbox.append(key, NotificationEvents.AUDIENCE_CHANGED, NotificationEvents.AudienceChanged.of(key, audience.definition(),
                created ? Action.CREATED : Action.UPDATED));
        return new Saved(audience, created);
    }

    /** Mints the audience's webhook signing secret (shown once, in this answer); the previous one signs for the overlap. */
    @Transactional
    public WebhookSecrets.Minted rotateSecret(String key) {
        Audience audience = get(key);
        if (audience.channel() != Channel.WEBHOOK) {
            throw new ConflictException("audience " + key + " is not a WEBHOOK audience: it has no signing secret");
        }
        return secrets.rotate(key);
    }

    @Transactional
    public void delete(String key) {
        Audience audience = get(key);
        audiences.delete(audience);
        changeLog.deleted(KIND, key, audience.definition());
        outbox.append(key, NotificationEvents.AUDIENCE_CHANGED, 
                NotificationEvents.AudienceChanged.of(key, audience.definition(), Action.DELETED));
    }

    private void validate(Audience.Definition definition) {
        List<String> unknown = definition.members().stream().filter(key -> contacts.findByIdOptional(key).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidFieldException("members", "unknown contacts: " + String.join(", ", unknown));
        }
        if (definition.channel() == Channel.BULK && definition.topics().isEmpty()) {
            throw new InvalidFieldException("topics", "a BULK audience sends to at least one bulletin topic");
        }
        if (definition.channel() == Channel.WEBHOOK && Text.isBlank(definition.webhookUrl())
                && config.channels().webhook().defaultUrl().isEmpty()) {
            throw new InvalidFieldException("webhookUrl", "a WEBHOOK audience needs a URL (no default webhook is configured)");
        }
        targets.check("webhookUrl", definition.webhookUrl());
    }
}
