package org.opsdesk.notification.support;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.opsdesk.notification.application.sending.ChannelSender;
import org.opsdesk.notification.application.sending.Outgoing;
import org.opsdesk.notification.domain.Recipient;

/**
 * Around every channel, for the tests: once armed with {@link #next}, the first message it matches is sent for real
 * and then held, its delivery's transaction still open, until the test lets it go. That is the moment a sender
 * killed -9 dies in: the gateway has the message, the database has no record of it. Unarmed, it only delegates.
 */
@Decorator
@Priority(1)
public abstract class HoldAfterSend implements ChannelSender {

    private static final AtomicReference<Hold> ARMED = new AtomicReference<>();

    @Inject
    @Delegate
    @Any
    ChannelSender channel;

    /** Holds the next message that {@code which} matches, after its gateway accepted it. */
    public static Hold next(Predicate<Outgoing> which) {
        Hold hold = new Hold(which);
        ARMED.set(hold);
        return hold;
    }

    @Override
    public void send(Outgoing outgoing, Consumer<Recipient> delivered) {
        channel.send(outgoing, delivered);
        Hold hold = ARMED.get();
        if (hold != null && hold.which.test(outgoing) && ARMED.compareAndSet(hold, null)) {
            hold.holdHere(outgoing);
        }
    }

    /** One held message: {@link #awaitHeld} until it is out, {@link #release} to let its sender go on. */
    public static final class Hold {
        private final Predicate<Outgoing> which;
        private final CountDownLatch held = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);
        private volatile Outgoing outgoing;

        private Hold(Predicate<Outgoing> which) {
            this.which = which;
        }

        public Outgoing awaitHeld() throws InterruptedException {
            if (!held.await(60, TimeUnit.SECONDS)) {
                throw new AssertionError("no matching message was sent within 60 s");
            }
            return outgoing;
        }

        public void release() {
            released.countDown();
        }

        private void holdHere(Outgoing sent) {
            outgoing = sent;
            held.countDown();
            try {
                released.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
