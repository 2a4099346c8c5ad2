package org.opsdesk.e2e.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A closed-loop HTTP/1.1 load generator: a fixed number of keep-alive connections, each a thread on a plain socket
 * that sends a request, reads the whole response and sends the next. Latency is taken from the moment the request
 * is written to the moment the last byte of the response is read; samples of the warm-up are dropped. Raw
 * percentiles are what the client saw; {@link Latencies} also gives them corrected for coordinated omission.
 * It costs a few microseconds of CPU per request, far less than the JDK HttpClient, which matters on two cores.
 */
final class HttpLoad {

    /** Builds the request of connection {@code connection}, its {@code n}-th. */
    interface Requests {
        Request next(int connection, long n);
    }

    /** A POST of {@code body}, or a GET when it is null. */
    record Request(String path, String authorization, byte[] body) {
    }

    record Result(int connections, double seconds, long requests, long errors, Map<Integer, Long> statuses,
                  long bytes, Latencies latencies, long completedWithWarmup) {
        double throughput() {
            return requests / seconds;
        }

        long status5xx() {
            return statuses.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(Map.Entry::getValue).sum() + errors;
        }
    }

    private HttpLoad() {
    }

    /** Runs {@code connections} connections spread over {@code targets} for warm-up plus duration. */
    static Result run(List<InetSocketAddress> targets, int connections, Duration warmup, Duration duration, Requests requests) {
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + duration.toNanos();
        List<Worker> workers = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            workers.add(new Worker(c, targets.get(c % targets.size()), measureFrom, end, requests));
        }
        workers.forEach(Thread::start);
        for (Worker w : workers) {
            try {
                w.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        double seconds = duration.toNanos() / 1e9;
        long count = 0;
        long completed = 0;
        long errors = 0;
        long bytes = 0;
        Map<Integer, Long> statuses = new TreeMap<>();
        long[] all = new long[0];
        for (Worker w : workers) {
            count += w.size;
            completed += w.completed;
            errors += w.errors;
            bytes += w.bytes;
            w.statuses.forEach((k, v) -> statuses.merge(k, v, Long::sum));
            int from = all.length;
            all = Arrays.copyOf(all, from + w.size);
            System.arraycopy(w.samples, 0, all, from, w.size);
        }
        double interval = count == 0 ? 0 : connections * duration.toNanos() / (double) count;
        return new Result(connections, seconds, count, errors, statuses, bytes, new Latencies(all, interval), completed);
    }

    private static final class Worker extends Thread {
        private final int connection;
        private final InetSocketAddress target;
        private final long measureFrom;
        private final long end;
        private final Requests requests;
        private final Map<Integer, Long> statuses = new TreeMap<>();
        private long[] samples = new long[4096];
        private int size;
        private long errors;
        private long completed;
        private long bytes;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Worker(int connection, InetSocketAddress target, long measureFrom, long end, Requests requests) {
            super("load-" + connection);
            setDaemon(true);
            this.connection = connection;
            this.target = target;
            this.measureFrom = measureFrom;
            this.end = end;
            this.requests = requests;
        }

        private String post(Request request) {
            return "POST " + request.path() + " HTTP/1.1\r\nHost: " + target.getHostString() + ":" + target.getPort()
                    + "\r\nAuthorization: " + request.authorization()
                    + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: "
                    + request.body().length + "\r\n\r\n";
        }

        /** A GET (a request without a body), without Authorization when it has none: the public status page. */
        private String get(Request request) {
            return "GET " + request.path() + " HTTP/1.1\r\nHost: " + target.getHostString() + ":" + target.getPort()
                    + (request.authorization() == null ? "" : "\r\nAuthorization: " + request.authorization())
                    + "\r\nAccept: application/json\r\n\r\n";
        }

        @Override
        public void run() {
            long n = 0;
            try {
                while (System.nanoTime() < end) {
                    Request request = requests.next(connection, n++);
                    byte[] head = (request.body() == null ? get(request) : post(request)).getBytes(StandardCharsets.US_ASCII);
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        connect();
                        out.write(head);
                        if (request.body() != null) {
                            out.write(request.body());
                        }
                        out.flush();
                        status = readResponse();
                    } catch (IOException e) {
                        close();
                        if (t0 >= measureFrom) {
                            errors++;
                        }
                        continue;
                    }
                    long t1 = System.nanoTime();
                    completed++;
                    if (t0 >= measureFrom && t1 <= end + 30_000_000_000L) {
                        record(t1 - t0);
                        statuses.merge(status, 1L, Long::sum);
                    }
                }
            } finally {
                close();
            }
        }

        private void record(long nanos) {
            if (size == samples.length) {
                samples = Arrays.copyOf(samples, size * 2);
            }
            samples[size++] = nanos;
        }

        private void connect() throws IOException {
            if (socket == null) {
                socket = new Socket();
                socket.setTcpNoDelay(true);
                socket.connect(target, 5_000);
                socket.setSoTimeout(60_000);
                in = new BufferedInputStream(socket.getInputStream(), 16_384);
                out = socket.getOutputStream();
            }
        }

        private void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // closing anyway
                }
                socket = null;
            }
        }

        /** Reads one response (Content-Length or chunked body); returns its status. */
        private int readResponse() throws IOException {
            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closeAfter = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase();
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closeAfter = true;
                }
            }
            if (chunked) {
                for (long chunk = Long.parseLong(line().split(";")[0].trim(), 16); chunk > 0;
                     chunk = Long.parseLong(line().split(";")[0].trim(), 16)) {
                    skip(chunk);
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else if (length > 0) {
                skip(length);
            }
            if (closeAfter) {
                close();
            }
            return status;
        }

        private void skip(long n) throws IOException {
            bytes += n;
            while (n > 0) {
                long skipped = in.skip(n);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("connection closed in a body");
                    }
                    skipped = 1;
                }
                n -= skipped;
            }
        }

        private String line() throws IOException {
            StringBuilder text = new StringBuilder(64);
            int c;
            while ((c = in.read()) != '\n') {
                if (c < 0) {
                    throw new IOException("connection closed");
                }
                if (c != '\r') {
                    text.append((char) c);
                }
            }
            return text.toString();
        }
    }
}
