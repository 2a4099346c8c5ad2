package org.opsdesk.platform.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.opsdesk.platform.errors.AccessDeniedException;
import org.opsdesk.platform.errors.ConflictException;
import org.opsdesk.platform.errors.DatabaseFailures;
import org.opsdesk.platform.errors.IllegalTransitionException;
import org.opsdesk.platform.errors.InvalidFieldException;
import org.opsdesk.platform.errors.ResourceNotFoundException;
import org.opsdesk.platform.errors.StaleVersionException;
import org.opsdesk.platform.text.Text;

/** Turns every failure into an RFC 9457 problem; nothing internal (stack trace, SQL) reaches the caller. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.InvalidParam> params = e.getConstraintViolations().stream()
                .map(v -> new Problem.InvalidParam(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.InvalidParam::name))
                .toList();
        return Problem.invalid(params).toResponse();
    }

    @ServerExceptionMapper
    public Response invalid(InvalidFieldException e) {
        return Problem.invalid(List.of(new Problem.InvalidParam(e.field(), e.getMessage()))).toResponse();
    }

    @ServerExceptionMapper({JsonMappingException.class, MismatchedInputException.class, InvalidFormatException.class,
            UnrecognizedPropertyException.class, ValueInstantiationException.class})
    public Response unreadable(JsonMappingException e) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String reason = e instanceof UnrecognizedPropertyException ? "unknown field"
                : e instanceof InvalidFormatException f ? "cannot read " + describe(f.getValue()) + " as " + f.getTargetType().getSimpleName()
                : e instanceof MismatchedInputException m && m.getTargetType() != null ? "expected " + m.getTargetType().getSimpleName()
                : "invalid value";
        if (field.isEmpty()) {
            return Problem.of(400, "Invalid request", "the body is not the expected JSON object").toResponse();
        }
        return Problem.invalid(List.of(new Problem.InvalidParam(field, reason))).toResponse();
    }

    @ServerExceptionMapper
    public Response malformed(JsonParseException e) {
        return Problem.of(400, "Malformed JSON", "the body is not well-formed JSON").toResponse();
    }

    @ServerExceptionMapper
    public Response notFound(ResourceNotFoundException e) {
        return Problem.of(Response.Status.NOT_FOUND, e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransitionException e) {
        return Problem.of(ProblemType.ILLEGAL_TRANSITION, "Illegal state transition", e.getMessage())
                .with(Map.of("state", e.state(), "allowedCommands", e.allowedCommands())).toResponse();
    }

    @ServerExceptionMapper
    public Response stale(StaleVersionException e) {
        return Problem.of(ProblemType.STALE_VERSION, "Stale version", e.getMessage())
                .with(Map.of("currentVersion", e.currentVersion())).toResponse();
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e) {
        return Problem.of(Response.Status.CONFLICT, e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response denied(AccessDeniedException e) {
        return Problem.of(Response.Status.FORBIDDEN, e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.of(Response.Status.FORBIDDEN, "your roles do not allow this action").toResponse();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e) {
        return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, "a valid bearer token is required").toResponse())
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        Response.StatusType type = e.getResponse().getStatusInfo();
        Response problem = Problem.of(status, type.getReasonPhrase(), detail(status)).toResponse();
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (DatabaseFailures.concurrentChange(e)) {
            // a version check or unique constraint, thrown directly or caught at commit and wrapped
            return Problem.of(409, "Conflict", "the resource was changed by someone else; read it again and retry").toResponse();
        }
        if (DatabaseFailures.unavailable(e)) {
            LOG.warnf("database unavailable: %s", e.getMessage());
            return Response.fromResponse(Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                    "the service's database is unavailable; retry later").toResponse())
                    .header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure, reference %s", reference);
        return Problem.of(500, "Internal error", "an unexpected error occurred; reference " + reference).toResponse();
    }

    private static String detail(int status) {
        return switch (status) {
            case 404 -> "no such resource";
            case 405 -> "this method is not allowed on this resource";
            case 406 -> "this resource cannot answer in the requested media type";
            case 413 -> "the request body is too large";
            case 415 -> "this resource accepts application/json";
            default -> "the request was refused";
        };
    }

    /** {@code audiences[0].channel} for a violation on the channel of the first audience of the body. */
    private static String fieldName(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        boolean seenMethod = false;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                seenMethod = true;
                continue;
            }
            if (node.isInIterable() && !names.isEmpty()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                int last = names.size() - 1;
                names.set(last, names.get(last) + "[" + (position != null ? position : "") + "]");
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                names.add(node.getName());
            }
        }
        if (names.size() > 1 && seenMethod) {
            names.remove(0);
        }
        return String.join(".", names);
    }

    private static String describe(Object value) {
        String text = String.valueOf(value);
        return "'" + Text.clip(text, 41) + "'";
    }
}
