package org.opsdesk.e2e.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A minimal SMTP server on loopback (RFC 5321 commands without extensions) that keeps, for each message, the moment
 * its DATA ended, its recipients and its Subject: the instant an email "arrives in the SMTP server", to the
 * millisecond, without polling a mailbox.
 */
final class SmtpSink implements AutoCloseable {

    record Mail(long arrivedAtMillis, List<String> recipients, String subject) {
    }

    private final ServerSocket server;
    private final Queue<Mail> mails = new ConcurrentLinkedQueue<>();
    private volatile boolean open = true;

    SmtpSink() {
        try {
            server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException("cannot open the SMTP sink", e);
        }
        Thread acceptor = new Thread(this::accept, "smtp-sink");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    List<Mail> mails() {
        return new ArrayList<>(mails);
    }

    int count() {
        return mails.size();
    }

    void clear() {
        mails.clear();
    }

    private void accept() {
        while (open) {
            try {
                Socket socket = server.accept();
                Thread session = new Thread(() -> serve(socket), "smtp-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException e) {
                if (open) {
                    continue;
                }
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
             OutputStream out = socket.getOutputStream()) {
            reply(out, "220 bench-sink ESMTP");
            List<String> recipients = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO" -> reply(out, "250-bench-sink\r\n250-8BITMIME\r\n250 SIZE 10485760");
                    case "HELO" -> reply(out, "250 bench-sink");
                    case "MAIL" -> {
                        recipients = new ArrayList<>();
                        reply(out, "250 OK");
                    }
                    case "RCPT" -> {
                        recipients.add(line.replaceAll("(?i)^RCPT TO:\\s*<?([^>]*)>?.*$", "$1"));
                        reply(out, "250 OK");
                    }
                    case "DATA" -> {
                        reply(out, "354 end with <CRLF>.<CRLF>");
                        String subject = null;
                        boolean inSubject = false;
                        boolean inHeaders = true;
                        String data;
                        while ((data = in.readLine()) != null && !data.equals(".")) {
                            if (!inHeaders) {
                                continue;
                            }
                            if (data.isEmpty()) {
                                inHeaders = false;
                            } else if (inSubject && (data.startsWith(" ") || data.startsWith("\t"))) {
                                subject = subject + data.stripTrailing();
                            } else {
                                inSubject = subject == null && data.regionMatches(true, 0, "Subject:", 0, 8);
                                if (inSubject) {
                                    subject = data.substring(8).trim();
                                }
                            }
                        }
                        mails.add(new Mail(System.currentTimeMillis(), List.copyOf(recipients), subject));
                        reply(out, "250 OK queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 OK");
                }
            }
        } catch (IOException e) {
            // the client closed the connection
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() {
        open = false;
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
