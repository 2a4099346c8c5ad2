package org.opsdesk.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opsdesk.notification.config.NotificationConfig;
import org.opsdesk.platform.errors.InvalidFieldException;
import org.opsdesk.platform.text.Text;

/**
 * The server-side request forgery guard of outbound webhooks: a target is {@code https} and every address its host
 * resolves to is public (not loopback, link-local, site-local/private, unique-local, multicast or unspecified), unless
 * the host is on {@code opsdesk.notification.channels.webhook.trusted-hosts}. Checked when a URL is configured (the answer
 * names the field) and again before each post (an address may have changed since).
 */
@ApplicationScoped
public class WebhookTargets {

    private final List<String> trusted;

    WebhookTargets(NotificationConfig config) {
        this.trusted = config.channels().webhook().trustedHosts().orElse(List.of()).stream()
                .map(host -> host.trim().toLowerCase(Locale.ROOT)).toList();
    }

    /** Refuses {@code url} as the value of {@code field} (a 400 problem naming it) when it may not be posted to. */
    public void check(String field, String url) {
        if (!Text.isBlank(url)) {
            refusal(url).ifPresent(reason -> {
                throw new InvalidFieldException(field, reason);
            });
        }
    }

    /** Why {@code url} may not be posted to, or empty when it may. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            return Optional.of("is not a valid URL");
        }
        String host = uri.getHost();
        if (host == null || uri.getScheme() == null) {
            return Optional.of("is not an absolute URL with a host");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("must not carry credentials");
        }
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (trusted.contains(bare.toLowerCase(Locale.ROOT))) {
            return uri.getScheme().matches("(?i)https?") ? Optional.empty() : Optional.of("must be an http(s) URL");
        }
        if (!uri.getScheme().equalsIgnoreCase("https")) {
            return Optional.of("must be an https URL (" + bare + " is not a trusted host)");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            return Optional.of("names a host that does not resolve: " + bare);
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of("resolves to a non-public address (" + address.getHostAddress() + "): loopback, link-local and "
                        + "private ranges are refused");
            }
        }
        return Optional.empty();
    }

    static boolean isPublic(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean uniqueLocal = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc; // fc00::/7
        boolean sharedAddressSpace = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64; // 100.64/10
        return !(address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocal || sharedAddressSpace);
    }
}
