package org.opsdesk.notification.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook endpoint on loopback that holds every request until the test lets them go, and counts what is in
 * flight: a gateway that is stuck, as far as the sender can tell.
 */
public final class HeldGateway implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch released = new CountDownLatch(1);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final List<String> received = new CopyOnWriteArrayList<>();

    private HeldGateway() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::hold);
        server.start();
    }

    public static HeldGateway start() {
        try {
            return new HeldGateway();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public int inFlight() {
        return inFlight.get();
    }

    public int mostInFlight() {
        return mostInFlight.get();
    }

    /** Paths of every request received, held or answered. */
    public List<String> received() {
        return List.copyOf(received);
    }

    /** Answers the held requests, and every later one at once. */
    public void release() {
        released.countDown();
    }

    private void hold(HttpExchange exchange) throws IOException {
        received.add(exchange.getRequestURI().getPath());
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            released.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inFlight.decrementAndGet();
        }
        exchange.getRequestBody().readAllBytes();
        exchange.sendResponseHeaders(200, -1);
        exchange.close();
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        threads.shutdownNow();
    }
}
