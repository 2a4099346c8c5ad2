package org.opsdesk.e2e.bench;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The end-to-end harness of {@code org.opsdesk.e2e} (PrivateKafka, Processes, FreePorts, TokenCommand), used as it is.
 * Those classes are package-private, so this adapter reaches them reflectively instead of copying them; if they
 * become public, each method here turns into a plain call.
 */
final class Harness {

    private static final String PACKAGE = "org.opsdesk.e2e.";

    private Harness() {
    }

    /** A private single-node Kafka broker under {@code dir}, on free ports. */
    static final class Kafka {
        private final Object broker;

        Kafka(Path dir) {
            try {
                Constructor<?> constructor = Class.forName(PACKAGE + "PrivateKafka").getDeclaredConstructor(Path.class);
                constructor.setAccessible(true);
                broker = constructor.newInstance(dir);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the e2e harness class PrivateKafka changed", e);
            }
        }

        void start() {
            invoke(broker, "start");
        }

        void stop() {
            invoke(broker, "stop");
        }

        String bootstrap() {
            return (String) invoke(broker, "bootstrap");
        }
    }

    static String bearer(String name, String org, String roles) {
        return (String) call("TokenCommand", "bearer", new Class<?>[] {String.class, String.class, String.class}, name, org, roles);
    }

    static Process start(List<String> command, Map<String, String> env, Path log) {
        return (Process) call("Processes", "start", new Class<?>[] {List.class, Map.class, Path.class}, command, env, log);
    }

    static void await(String what, Duration timeout, Process process, BooleanSupplier ready) {
        call("Processes", "await", new Class<?>[] {String.class, Duration.class, Process.class, BooleanSupplier.class},
                what, timeout, process, ready);
    }

    static void stop(Process process, boolean kill) {
        call("Processes", "stop", new Class<?>[] {Process.class, boolean.class}, process, kill);
    }

    static int freePort() {
        return (Integer) call("FreePorts", "next", new Class<?>[0]);
    }

    static String javaBinary() {
        return (String) call("PrivateKafka", "javaBinary", new Class<?>[0]);
    }

    private static Object call(String type, String method, Class<?>[] parameters, Object... args) {
        try {
            Method m = Class.forName(PACKAGE + type).getDeclaredMethod(method, parameters);
            m.setAccessible(true);
            return m.invoke(null, args);
        } catch (InvocationTargetException e) {
            throw rethrow(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the e2e harness method " + type + "." + method + " changed", e);
        }
    }

    private static Object invoke(Object target, String method) {
        try {
            Method m = target.getClass().getDeclaredMethod(method);
            m.setAccessible(true);
            return m.invoke(target);
        } catch (InvocationTargetException e) {
            throw rethrow(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the e2e harness method " + target.getClass().getSimpleName() + "." + method + " changed", e);
        }
    }

    private static RuntimeException rethrow(InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
