package org.opsdesk.notification.application.sending;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.opsdesk.notification.domain.Channel;

/** How many sender workers send on each channel at once: at most a share, so a slow or failing gateway holds only that share. */
final class ChannelSlots {

    private final int perChannel;
    private final Map<Channel, AtomicInteger> busy = new EnumMap<>(Channel.class);

    ChannelSlots(int perChannel) {
        if (perChannel < 1) {
            throw new IllegalArgumentException("at least one worker per channel: " + perChannel);
        }
        this.perChannel = perChannel;
        for (Channel channel : Channel.values()) {
            busy.put(channel, new AtomicInteger());
        }
    }

    /** The channels a worker may still take. */
    Set<Channel> open() {
        Set<Channel> open = EnumSet.noneOf(Channel.class);
        busy.forEach((channel, count) -> {
            if (count.get() < perChannel) {
                open.add(channel);
            }
        });
        return open;
    }

    /** @return false when the channel already has its share of workers */
    boolean take(Channel channel) {
        AtomicInteger count = busy.get(channel);
        for (int n = count.get(); n < perChannel; n = count.get()) {
            if (count.compareAndSet(n, n + 1)) {
                return true;
            }
        }
        return false;
    }

    void give(Channel channel) {
        busy.get(channel).decrementAndGet();
    }
}
