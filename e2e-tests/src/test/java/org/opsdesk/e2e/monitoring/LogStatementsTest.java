package org.opsdesk.e2e.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opsdesk.platform.testing.ProjectFiles;

/**
 * No log statement at INFO or above hands a phone number, an email address or a credential to the log
 * (docs/operations.md, Logs): the arguments of every {@code LOG.info/warn/error/fatal} call of the services and
 * the platform name no accessor of such a value.
 */
class LogStatementsTest {

    private static final List<String> MODULES = List.of("platform", "incident-service", "major-incident-service",
            "notification-service", "review-service");
    private static final Pattern STATEMENT = Pattern.compile("\\bLOG\\.(info|warn|error|fatal)[fv]?\\(");
    private static final Pattern PERSONAL = Pattern.compile(
            "(?i)\\.\\w*(email|phone|mobile|msisdn|address|recipient|password|secret|authorization|bearer|jwt|token|credential)\\w*\\(");
    /** Named like a credential but not one: the claim of a delivery batch is a timestamp. */
    private static final List<String> NOT_PERSONAL = List.of("claim.token()");

    @Test
    void noLogStatementAtInfoOrAboveNamesAnAddressANumberOrACredential() throws IOException {
        List<String> offending = new ArrayList<>();
        int statements = 0;
        for (String module : MODULES) {
            try (Stream<Path> files = Files.walk(ProjectFiles.resolve(module + "/src/main/java"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String code = Files.readString(file);
                    Matcher statement = STATEMENT.matcher(code);
                    while (statement.find()) {
                        statements++;
                        String arguments = arguments(code, statement.end());
                        for (String allowed : NOT_PERSONAL) {
                            arguments = arguments.replace(allowed, "");
                        }
                        if (PERSONAL.matcher(arguments).find()) {
                            offending.add(file.getFileName() + ": LOG." + statement.group(1) + "(" + arguments + ")");
                        }
                    }
                }
            }
        }
        assertThat(statements).as("log statements found").isGreaterThan(10);
        assertThat(offending).isEmpty();
    }

    /** The code of the call's arguments with the string literals (the message text) left out. */
    private static String arguments(String code, int from) {
        StringBuilder arguments = new StringBuilder();
        int depth = 1;
        boolean inString = false;
        for (int i = from; depth > 0 && i < code.length(); i++) {
            char c = code.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            if (depth > 0) {
                arguments.append(c);
            }
        }
        return arguments.toString();
    }
}
