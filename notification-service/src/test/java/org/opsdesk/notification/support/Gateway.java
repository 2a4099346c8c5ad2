package org.opsdesk.notification.support;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;

/** Reads what the test HTTP server received from the gateway adapters. */
public final class Gateway {

    public static final String SMS = "/sms/messages";
    public static final String VOICE = "/voice/calls";
    public static final String BULLETIN = "/govdelivery/api/account/OKOMES/bulletins/send_now";

    private Gateway() {
    }

    public static List<LoggedRequest> posts(String path, String bodyFragment) {
        return MailAndHttpPeers.http().findAll(postRequestedFor(urlEqualTo(path)).withRequestBody(containing(bodyFragment)));
    }
}
