package org.opsdesk.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.opsdesk.platform.testing.ProjectFiles;

/** Tokens as an operator makes them: with `deploy/local/token --roles … --name … --org …`. */
public final class TokenCommand {

    private TokenCommand() {
    }

    public static String bearer(String name, String org, String roles) {
        List<String> command = new ArrayList<>(List.of(ProjectFiles.resolve("deploy/local/token").toString(),
                "--roles", roles, "--name", name));
        if (org != null) {
            command.addAll(List.of("--org", org));
        }
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("deploy/local/token failed: " + output);
            }
            return "Bearer " + output;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run deploy/local/token", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
