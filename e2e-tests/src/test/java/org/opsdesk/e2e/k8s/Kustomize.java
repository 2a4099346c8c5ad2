package org.opsdesk.e2e.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Renders a kustomization with `kubectl kustomize` (offline) and reads the objects it prints. */
final class Kustomize {

    private static final YAMLMapper YAML = new YAMLMapper();

    private Kustomize() {
    }

    /** Whether kubectl (with its built-in kustomize) is on the PATH. */
    static boolean available() {
        try {
            Process process = new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The rendered objects, in kustomize's order. */
    static List<JsonNode> render(Path kustomization) {
        return parse(run(kustomization));
    }

    static List<JsonNode> parse(String yaml) {
        try {
            return YAML.readValues(YAML.getFactory().createParser(yaml), JsonNode.class).readAll().stream()
                    .filter(node -> node != null && node.isObject())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("kubectl kustomize printed something that is not YAML", e);
        }
    }

    private static String run(Path kustomization) {
        try {
            Process process = new ProcessBuilder("kubectl", "kustomize", kustomization.toString()).start();
            CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            String stdout = read(process.getInputStream());
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("kubectl kustomize " + kustomization + " did not finish in 2 minutes");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + kustomization + " failed: " + stderr.join());
            }
            return stdout;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run kubectl", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
