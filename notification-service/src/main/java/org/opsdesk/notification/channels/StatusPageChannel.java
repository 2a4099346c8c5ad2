package org.opsdesk.notification.channels;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.function.Consumer;
import org.opsdesk.notification.application.sending.ChannelSender;
import org.opsdesk.notification.application.sending.Outgoing;
import org.opsdesk.notification.domain.Channel;
import org.opsdesk.notification.domain.Recipient;
import org.opsdesk.notification.domain.StatusPagePost;
import org.opsdesk.notification.persistence.StatusPagePostRepository;

/** The STATUS_PAGE channel: an update becomes a post of the public page and an entry of its Atom feed. */
@ApplicationScoped
public class StatusPageChannel implements ChannelSender {

    private final StatusPagePostRepository posts;
    private final Clock clock;

    StatusPageChannel(StatusPagePostRepository posts, Clock clock) {
        this.posts = posts;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.STATUS_PAGE;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(Outgoing outgoing, Consumer<Recipient> delivered) {
        posts.persist(new StatusPagePost(outgoing.subjectId(), outgoing.deliveryId(), clock.instant(), outgoing.message().subject(),
                outgoing.message().text(), outgoing.stale(), outgoing.resolution()));
        outgoing.recipients().forEach(delivered);
    }
}
