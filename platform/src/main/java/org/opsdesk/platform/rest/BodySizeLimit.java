package org.opsdesk.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The 413 for a body larger than {@code quarkus.http.limits.max-body-size}, as problem+json. Quarkus's own check
 * answers such a request with an empty 413 before any exception mapper runs, so this route goes just ahead of it: a
 * declared length is checked at once; a body without one (chunked) is read here up to the limit, and the resource
 * method then gets the body already read.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBytes;
    private final String body;
    private final BodyHandler chunked;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize, ObjectMapper json)
            throws JsonProcessingException {
        this.maxBytes = maxBodySize.asLongValue();
        this.chunked = BodyHandler.create(false).setBodyLimit(maxBytes);
        this.body = json.writeValueAsString(Problem.of(413, "Content Too Large",
                "the request body is larger than the limit of " + maxBytes + " bytes"));
    }

    void register(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::limit).failureHandler(this::tooLarge);
    }

    private void limit(RoutingContext context) {
        if (isChunked(context)) {
            chunked.handle(context); // fails the context with 413 past the limit
        } else if (declaredLength(context) > maxBytes) {
            refuse(context);
        } else {
            context.next();
        }
    }

    private void tooLarge(RoutingContext context) {
        if (context.statusCode() == 413 && !context.response().headWritten()) {
            refuse(context);
        } else {
            context.next();
        }
    }

    private void refuse(RoutingContext context) {
        context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close") // the unread body is not drained
                .end(body);
    }

    private static boolean isChunked(RoutingContext context) {
        String encoding = context.request().getHeader(HttpHeaders.TRANSFER_ENCODING);
        return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
    }

    private static long declaredLength(RoutingContext context) {
        String header = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return header == null ? 0 : Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return 0; // left to the HTTP server, which refuses a malformed length
        }
    }
}
