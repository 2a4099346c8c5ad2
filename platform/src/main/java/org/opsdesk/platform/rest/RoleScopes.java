package org.opsdesk.platform.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * The roles of an operation's security requirement as the document's reader needs them: a {@code @RolesAllowed}
 * expression ({@code "${opsdesk.major.access.readers}"}, rest/Access of every service) becomes the configured roles.
 */
final class RoleScopes {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}:]+)}");

    private RoleScopes() {
    }

    static void resolve(Operation operation, Config config) {
        if (operation.getSecurity() == null) {
            return;
        }
        for (SecurityRequirement requirement : operation.getSecurity()) {
            new LinkedHashMap<>(requirement.getSchemes()).forEach((scheme, scopes) -> requirement.addScheme(scheme, roles(scopes, config)));
        }
    }

    private static List<String> roles(List<String> scopes, Config config) {
        List<String> roles = new ArrayList<>();
        for (String scope : scopes) {
            Matcher expression = EXPRESSION.matcher(scope);
            Optional<List<String>> configured = expression.matches()
                    ? config.getOptionalValues(expression.group(1), String.class) : Optional.empty();
            configured.ifPresentOrElse(roles::addAll, () -> roles.add(scope));
        }
        return roles;
    }
}
