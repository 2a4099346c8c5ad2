package org.opsdesk.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Counts the SQL statements the service's request threads send to PostgreSQL while open: every {@code Execute} the
 * JDBC driver sends is one (COMMIT included; BEGIN travels with the first statement and is not counted), and the
 * statements parsed or bound are kept to name them. Reads the driver's own protocol log (FINEST),
 * so it counts what goes over the wire; other threads (the outbox relay, the consumers) are left out.
 */
public final class SqlStatements extends Handler implements AutoCloseable {

    private static final Logger DRIVER = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");

    private final Level level = DRIVER.getLevel();
    private final boolean parentHandlers = DRIVER.getUseParentHandlers();
    private final List<String> statements = new ArrayList<>();
    private int executes;

    private SqlStatements() {
        setLevel(Level.ALL);
    }

    public static SqlStatements start() {
        SqlStatements trips = new SqlStatements();
        DRIVER.setUseParentHandlers(false);
        DRIVER.addHandler(trips);
        DRIVER.setLevel(Level.FINEST);
        return trips;
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (!Thread.currentThread().getName().startsWith("executor-thread")) {
            return;
        }
        String message = record.getMessage();
        if (message.contains("FE=> Execute")) {
            executes++;
        } else if (message.contains("FE=> Bind")) {
            statements.add("bind " + String.valueOf(record.getParameters() == null ? message : record.getParameters()[0]));
        } else if (message.contains("FE=> Parse") || message.contains("FE=> SimpleQuery")) {
            Object[] parameters = record.getParameters();
            int query = message.contains("SimpleQuery") ? 0 : 1;
            statements.add(parameters != null && parameters.length > query ? String.valueOf(parameters[query]) : message);
        }
    }

    public synchronized int count() {
        return executes;
    }

    /** The statements parsed meanwhile (a statement the driver had prepared before is only bound, by its name). */
    public synchronized List<String> statements() {
        return List.copyOf(statements);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        DRIVER.removeHandler(this);
        DRIVER.setLevel(level);
        DRIVER.setUseParentHandlers(parentHandlers);
    }
}
