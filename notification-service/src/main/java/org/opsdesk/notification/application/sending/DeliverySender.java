package org.opsdesk.notification.application.sending;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.opsdesk.notification.application.DeliveryQueue;
import org.opsdesk.notification.config.NotificationConfig;
import org.opsdesk.notification.domain.Channel;
import org.opsdesk.notification.persistence.DeliveryRepository;

/**
 * The sending engine's one entry point. {@code delivery.workers} workers, started by {@link #wake} (the poll of
 * CommunicationJobs, every commit that queued a delivery due at once, and a retry's due time) or by
 * {@link #sendDue}, each working until nothing due is left. A worker claims a batch
 * of one channel with {@code FOR UPDATE SKIP LOCKED} (replicas and workers never claim the same row), then sends it
 * one delivery per transaction ({@link ClaimedDeliveries}). At most {@code delivery.workers-per-channel} workers
 * send on one channel at once, so a slow or failing gateway leaves the other channels their workers. On shutdown
 * it stops claiming and lets the deliveries in flight commit.
 */
@ApplicationScoped
public class DeliverySender {

    private static final Logger LOG = Logger.getLogger(DeliverySender.class);

    private final DeliveryRepository deliveries;
    private final ClaimedDeliveries claimed;
    private final NotificationConfig.Delivery config;
    private final Clock clock;
    private final Duration shutdownTimeout;
    private final ChannelSlots slots;
    private final ExecutorService workers;
    private final AtomicInteger liveWorkers = new AtomicInteger();
    private final AtomicLong wakes = new AtomicLong();
    private final ScheduledExecutorService retryTimer = Executors.newSingleThreadScheduledExecutor(threads("delivery-retry-timer-"));
    private final Scheduler scheduler;
    private volatile boolean stopping;

    DeliverySender(DeliveryRepository deliveries, ClaimedDeliveries claimed, NotificationConfig config, Clock clock,
                   Scheduler scheduler,
                   @ConfigProperty(name = "quarkus.shutdown.timeout", defaultValue = "10s") Duration shutdownTimeout) {
        this.deliveries = deliveries;
        this.scheduler = scheduler;
        this.claimed = claimed;
        this.config = config.delivery();
        this.clock = clock;
        this.shutdownTimeout = shutdownTimeout;
        this.slots = new ChannelSlots(this.config.workersPerChannel());
        this.workers = Executors.newFixedThreadPool(this.config.workers(), threads("delivery-sender-"));
    }

    /** Sends everything due at {@code now} with every worker; returns when none is left. @return deliveries handled */
    public int sendDue(Instant now) {
        List<Future<Integer>> running = new ArrayList<>();
        try {
            for (int i = 0; i < config.workers() && !stopping; i++) {
                running.add(workers.submit(() -> work(() -> now)));
            }
        } catch (RejectedExecutionException shutDown) {
            LOG.debug("sender shut down while starting");
        }
        int handled = 0;
        for (Future<Integer> worker : running) {
            handled += result(worker);
        }
        return handled;
    }

    /**
     * Makes the sender look for due deliveries now, on its own threads, and returns at once: starts workers up to
     * {@code delivery.workers}; those running look again before they stop, so nothing queued meanwhile waits for
     * the next poll.
     */
    public void wake() {
        wakes.incrementAndGet();
        for (int n = liveWorkers.get(); n < config.workers() && !stopping; n = liveWorkers.get()) {
            if (liveWorkers.compareAndSet(n, n + 1)) {
                try {
                    workers.execute(this::workWhileWoken);
                } catch (RejectedExecutionException shutDown) {
                    liveWorkers.decrementAndGet();
                    return;
                }
            }
        }
    }

    /** A delivery queued due at once goes out as soon as its transaction commits, not at the next poll. */
    void sendQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveryQueue.DeliveryDue queued) {
        if (scheduler.isRunning()) {
            wake();
        }
    }

    /** A retry goes out when it is due, not at the next poll. */
    void retryWhenDue(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClaimedDeliveries.RetryDue retry) {
        if (scheduler.isRunning() && !stopping) {
            long delay = Math.max(0, Duration.between(clock.instant(), retry.at()).toMillis());
            try {
                retryTimer.schedule(this::wake, delay, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException shutDown) {
                LOG.debug("sender shut down; the retry falls due at the next poll after a restart");
            }
        }
    }

    private void workWhileWoken() {
        long seen;
        try {
            do {
                seen = wakes.get();
                work(clock::instant);
            } while (seen != wakes.get() && !stopping);
        } catch (RuntimeException e) {
            LOG.errorf(e, "a sender worker failed; the next look starts another");
            return;
        } finally {
            liveWorkers.decrementAndGet();
        }
        if (seen != wakes.get()) {
            wake();
        }
    }

    /** One worker: claims a batch of the channel due longest among those with a free slot, sends it, repeats. */
    private int work(Supplier<Instant> now) {
        int handled = 0;
        Set<Channel> drained = EnumSet.noneOf(Channel.class);
        while (!stopping) {
            Instant at = now.get();
            Set<Channel> candidates = slots.open();
            candidates.removeAll(drained);
            if (candidates.isEmpty()) {
                return handled;
            }
            Optional<Channel> channel = QuarkusTransaction.requiringNew().call(() -> deliveries.earliestDueChannel(at, candidates));
            if (channel.isEmpty()) {
                return handled;
            }
            if (!slots.take(channel.get())) {
                continue;
            }
            try {
                DeliveryRepository.Claim claim = QuarkusTransaction.requiringNew().call(() -> deliveries.claimDue(channel.get(), at,
                        at.plus(config.claimTimeout()).truncatedTo(ChronoUnit.MICROS), config.batchSize()));
                if (claim.ids().isEmpty()) {
                    drained.add(channel.get());
                    continue;
                }
                drained.clear();
                handled += send(claim, at, new ClaimedDeliveries.Reuse());
            } finally {
                slots.give(channel.get());
            }
        }
        return handled;
    }

    /** Each delivery in its own transaction: one that fails is left to fall due again and the others go on. */
    private int send(DeliveryRepository.Claim claim, Instant at, ClaimedDeliveries.Reuse reuse) {
        int handled = 0;
        List<UUID> ids = claim.ids();
        for (int i = 0; i < ids.size(); i++) {
            if (stopping) {
                List<UUID> rest = ids.subList(i, ids.size());
                QuarkusTransaction.requiringNew().run(() -> deliveries.release(claim, rest, at));
                return handled;
            }
            try {
                if (claimed.send(ids.get(i), claim.token(), reuse)) {
                    handled++;
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "delivery %s could not be sent or recorded; it falls due again at %s", ids.get(i), claim.token());
            }
        }
        return handled;
    }

    /** On shutdown: no new claims; deliveries in flight finish and commit, so what reached a gateway is recorded sent. */
    void stop(@Observes(notifyObserver = Reception.IF_EXISTS) ShutdownEvent event) {
        stopping = true;
        retryTimer.shutdownNow();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(shutdownTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warnf("deliveries still in flight after %s at shutdown; they fall due again after a restart", shutdownTimeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int result(Future<Integer> worker) {
        try {
            return worker.get();
        } catch (ExecutionException e) {
            LOG.errorf(e.getCause(), "a sender worker stopped");
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static java.util.concurrent.ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
