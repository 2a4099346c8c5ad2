package org.opsdesk.e2e.bench;

import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Services started for some scenarios, on fresh databases and topics of their own; stopping it stops them. */
final class Phase implements AutoCloseable {

    final String name;
    final String topicPrefix;
    final BenchSystem system;
    private final Map<String, List<BenchService>> services;

    Phase(String name, String topicPrefix, Map<String, List<BenchService>> services, BenchSystem system) {
        this.name = name;
        this.topicPrefix = topicPrefix;
        this.services = services;
        this.system = system;
    }

    BenchService first(String service) {
        return replicas(service).get(0);
    }

    List<BenchService> replicas(String service) {
        List<BenchService> list = services.get(service);
        if (list == null) {
            throw new IllegalStateException("phase " + name + " did not start " + service);
        }
        return list;
    }

    List<BenchService> all() {
        return services.values().stream().flatMap(List::stream).toList();
    }

    static List<InetSocketAddress> addresses(List<BenchService> replicas) {
        return replicas.stream().map(s -> new InetSocketAddress("127.0.0.1", s.port)).toList();
    }

    String topic(String name) {
        return topicPrefix + name;
    }

    Connection db(String service) throws SQLException {
        return system.connect(service);
    }

    @Override
    public void close() {
        BenchService.stopAll(all());
    }
}
