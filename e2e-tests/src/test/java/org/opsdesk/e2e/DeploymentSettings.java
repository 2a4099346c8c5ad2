package org.opsdesk.e2e;

import java.util.HashMap;
import java.util.Map;
import org.opsdesk.platform.testing.ProjectFiles;

/**
 * What a packaged service needs in its production profile besides the addresses of a run's own peers (database,
 * broker, SMTP, HTTP sink): the dev key, issuer and audience the test tokens carry, and the names production would
 * set (sender, contacts of last resort). A start without them stops naming the key (docs/operations.md).
 */
public final class DeploymentSettings {

    private DeploymentSettings() {
    }

    public static Map<String, String> of(String service) {
        Map<String, String> env = new HashMap<>(Map.of(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", ProjectFiles.resolve("deploy/local/dev-keys/public.pem").toString(),
                "MP_JWT_VERIFY_ISSUER", "https://opsdesk.local/dev",
                "MP_JWT_VERIFY_AUDIENCES", "opsdesk"));
        switch (service) {
            case "notification-service" -> env.putAll(Map.of(
                    "MAIL_FROM", "OpsDesk Communications <communications@opsdesk.example>",
                    "OPSDESK_NOTIFICATION_CHANNELS_SMS_TOKEN", "e2e-sink",
                    "OPSDESK_NOTIFICATION_CHANNELS_VOICE_TOKEN", "e2e-sink",
                    "OPSDESK_NOTIFICATION_CHANNELS_BULK_TOKEN", "e2e-sink",
                    "OPSDESK_NOTIFICATION_CHANNELS_WEBHOOK_SECRET_KEY", "ZTJlLW9ubHkta2V5LWZvci13ZWJob29rLXNlY3JldHM=",
                    // the run's HTTP sink is on loopback over http: trusted here by configuration, never by default
                    "OPSDESK_NOTIFICATION_CHANNELS_WEBHOOK_TRUSTED_HOSTS", "127.0.0.1,localhost",
                    "OPSDESK_NOTIFICATION_COORDINATOR_FALLBACK_EMAIL", "itocc@opsdesk.example",
                    "OPSDESK_NOTIFICATION_SERVICE_DESK_EMAIL", "servicedesk@opsdesk.example",
                    "STATUS_PAGE_URL", "http://status.opsdesk.example/status"));
            default -> { }
        }
        return env;
    }
}
