package org.opsdesk.platform.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of this repository (docs, dev keys), found from the module a test runs in. */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("deploy/local"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("repository root (with deploy/local) not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    public static Path resolve(String relative) {
        return root().resolve(relative);
    }
}
