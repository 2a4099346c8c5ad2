package org.opsdesk.e2e.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opsdesk.e2e.OpsDeskSystem;
import org.opsdesk.e2e.ServiceProcess;

/**
 * Polls /q/health/ready of every replica (and notification-service's /q/health/well, the communication watchdog)
 * twice a second, each from a thread of its own, and keeps every change, so the drill can tell whether readiness went DOWN during a fault and came
 * back UP after it.
 */
final class Readiness implements AutoCloseable {

    /** A change of one probe: {@code up} from {@code atMillis} on. */
    record Change(String probe, long atMillis, boolean up) {
    }

    private final Map<String, java.util.function.Supplier<String>> probes = new LinkedHashMap<>();
    private final Map<String, Boolean> state = new ConcurrentHashMap<>();
    private final List<Change> changes = java.util.Collections.synchronizedList(new ArrayList<>());
    private volatile boolean running = true;

    Readiness(OpsDeskSystem system) {
        for (String service : OpsDeskSystem.SERVICES) {
            for (ServiceProcess replica : system.replicas(service)) {
                probes.put(replica.id() + " ready", () -> replica.url() + "/q/health/ready");
            }
        }
        probes.put("notification-service#1 well", () -> system.url("notification-service") + "/q/health/well");
        probes.forEach((probe, url) -> {
            Thread poller = new Thread(() -> poll(probe, url), "drill-probe-" + probe);
            poller.setDaemon(true);
            poller.start();
        });
    }

    private void poll(String probe, java.util.function.Supplier<String> url) {
        while (running) {
            boolean up = Client.status(url.get()) == 200;
            Boolean before = state.put(probe, up);
            if (before == null || before != up) {
                changes.add(new Change(probe, System.currentTimeMillis(), up));
            }
            Load.pause(Duration.ofMillis(500));
        }
    }

    /** Whether the readiness of a replica whose id starts with {@code prefix} was DOWN at some moment of [from, to]. */
    boolean wentDown(String prefix, long from, long to) {
        synchronized (changes) {
            for (String probe : probes.keySet()) {
                if (!probe.startsWith(prefix) || !probe.endsWith(" ready")) {
                    continue;
                }
                boolean up = true;
                for (Change change : changes) {
                    if (!change.probe().equals(probe)) {
                        continue;
                    }
                    if (change.atMillis() <= from) {
                        up = change.up();
                    } else if (change.atMillis() <= to && !change.up()) {
                        return true;
                    }
                }
                if (!up) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Milliseconds a probe spent DOWN in [from, to]. */
    long downMillis(String probe, long from, long to) {
        long down = 0;
        Boolean up = true;
        long since = from;
        synchronized (changes) {
            for (Change change : changes) {
                if (!change.probe().equals(probe) || change.atMillis() > to) {
                    continue;
                }
                long at = Math.max(from, change.atMillis());
                if (!up) {
                    down += at - since;
                }
                up = change.up();
                since = at;
            }
        }
        return down + (up ? 0 : to - since);
    }

    @Override
    public void close() {
        running = false;
    }
}
