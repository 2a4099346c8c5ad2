package org.opsdesk.notification.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A deployment configured before the opsdesk. prefix keeps its settings; the new name wins where both are set. */
class RenamedSettingsTest {

    private static SmallRyeConfig config(Map<String, String> properties, Map<String, String> environment) {
        return new SmallRyeConfigBuilder().addDiscoveredInterceptors() // as Quarkus does: META-INF/services
                .withSources(new PropertiesConfigSource(properties, "application.properties", 250))
                .withSources(new EnvConfigSource(environment, 300))
                .build();
    }

    @Test
    void aSettingUnderItsOldNameIsReadUnderItsNewOne() {
        SmallRyeConfig config = config(Map.of("notification.cadence", "PT45M", "notification.mail-from", "old@opsdesk.example",
                "opsdesk.notification.mail-from", "new@opsdesk.example"), Map.of("NOTIFICATION_CHANNELS_SMS_URL", "https://sms.example"));

        assertThat(config.getValue("opsdesk.notification.cadence", String.class)).isEqualTo("PT45M");
        assertThat(config.getValue("opsdesk.notification.channels.sms.url", String.class)).isEqualTo("https://sms.example");
        assertThat(config.getValue("opsdesk.notification.mail-from", String.class)).isEqualTo("new@opsdesk.example");
        assertThat(config.getOptionalValue("opsdesk.notification.overdue-grace", String.class)).isEmpty();
        assertThat(config.getOptionalValue("opsdesk.incident.cadence", String.class)).isEmpty();
    }
}
