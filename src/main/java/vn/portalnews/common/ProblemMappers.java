package vn.portalnews.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import io.vertx.core.http.HttpServerRequest;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleStateException;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Turns every failure into RFC 9457 problem details; never a stack trace or a Java type name. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String BEARER_CHALLENGE = "Bearer realm=\"portal-news\"";

    private final RouteCatalog routes;

    ProblemMappers(RouteCatalog routes) {
        this.routes = routes;
    }

    @ServerExceptionMapper
    public Response apiProblem(ApiProblemException e, UriInfo uri) {
        Response.ResponseBuilder response = problem(Problem.of(e.type(), e.getMessage(), path(uri), e.invalidParams()));
        if (e.retryAfterSeconds() != null) {
            response.header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds());
        }
        if (e.type() == ProblemType.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE);
        }
        return response.build();
    }

    /** A token was sent but is malformed, tampered with, expired, revoked or foreign: one answer for all. */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized("The access token is invalid, expired or revoked; sign in again", uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthorized("Sign in and send the token as 'Authorization: Bearer …'", uri);
    }

    @ServerExceptionMapper
    public Response authenticationRequired(AuthenticationCompletionException e, UriInfo uri) {
        return unauthorized("The access token is invalid, expired or revoked; sign in again", uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(ProblemType.FORBIDDEN, "Your role does not allow this", path(uri), List.of()));
    }

    /** Another request changed the same row between our read and our write. */
    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e, UriInfo uri) {
        return respond(Problem.of(ProblemType.PRECONDITION_FAILED,
                "Someone else changed this resource meanwhile; fetch it again for its current ETag", path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, UriInfo uri) {
        return concurrentChange(null, uri);
    }

    /** A rule the database enforces, hit by a concurrent request that the service's own checks could not see. */
    @ServerExceptionMapper
    public Response constraintConflict(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        LOG.debugf("Constraint %s refused a write on %s", e.getConstraintName(), path(uri));
        return respond(Problem.of(ProblemType.CONFLICT,
                "The change conflicts with data written meanwhile; fetch the current state and try again", path(uri), List.of()));
    }

    private static Response unauthorized(String detail, UriInfo uri) {
        return problem(Problem.of(ProblemType.UNAUTHORIZED, detail, path(uri), List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE).build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<InvalidParam> params = e.getConstraintViolations().stream()
                .map(violation -> new InvalidParam(parameterName(violation), violation.getMessage()))
                .sorted(Comparator.comparing(InvalidParam::name))
                .toList();
        return respond(Problem.of(ProblemType.INVALID_PARAMETER,
                params.stream().map(p -> p.name() + ": " + p.reason()).collect(Collectors.joining("; ")),
                path(uri), params));
    }

    @ServerExceptionMapper
    public Response unstorableText(StorableText.UnstorableTextException e, UriInfo uri) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        return apiProblem(ApiProblemException.invalid(field.isEmpty() ? "body" : field, StorableText.REASON), uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String where = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? " at " + mapping.getPath().stream()
                        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                        .collect(Collectors.joining("."))
                : "";
        String line = e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")" : "";
        return respond(Problem.of(ProblemType.MALFORMED_REQUEST,
                "The request body is not valid JSON of the expected shape" + where + line, path(uri), List.of()));
    }

    /** Jackson's own mapper for this one answers an empty 400; it gets the same problem details as the rest. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpServerRequest request) {
        if (e.getCause() instanceof ApiProblemException problem) {
            return apiProblem(problem, uri); // thrown by a parameter converter (an unknown {site}), wrapped by the framework
        }
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse();
        }
        if (status == 404 || status == 405) {
            Set<String> allowed = routes.methodsAt(path(uri));
            if (!allowed.isEmpty() && !allowed.contains(request.method().name())) {
                return methodNotAllowed(path(uri), allowed);
            }
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (type) {
            case NOT_FOUND -> "Nothing is served at " + path(uri);
            case METHOD_NOT_ALLOWED -> "This method is not allowed on " + path(uri);
            case UNSUPPORTED_MEDIA_TYPE -> "The request's Content-Type is not accepted here; send application/json "
                    + "(multipart/form-data to upload media)";
            case NOT_ACCEPTABLE -> "This resource is served as application/json only";
            default -> status >= 500 ? "The server could not complete the request" : "The request was not understood";
        };
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(type, detail, path(uri), List.of()));
        if (e.getResponse().getHeaderString("Allow") != null) {
            builder.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return builder.build();
    }

    /** How long a client should wait before retrying when the database is unavailable. */
    private static final long DATABASE_RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        // Commit-time failures arrive wrapped (RollbackException, PersistenceException); answer for the cause.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return concurrentChange(null, uri);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation) {
                return constraintConflict(violation, uri);
            }
        }
        java.sql.SQLException unavailable = databaseUnavailable(e);
        if (unavailable != null) {
            LOG.warnf("Database unavailable on %s: %s", path(uri), unavailable.getMessage());
            return apiProblem(ApiProblemException.unavailable(
                    "The database is unavailable or busy; try again shortly", DATABASE_RETRY_AFTER_SECONDS), uri);
        }
        String incident = UUID.randomUUID().toString();
        if (clientWentAway(e)) {
            LOG.debugf("Client closed the connection during %s", path(uri));
        } else {
            LOG.errorf(e, "Unexpected failure %s on %s", incident, path(uri));
        }
        return respond(Problem.of(ProblemType.INTERNAL_ERROR,
                "The server could not complete the request (incident " + incident + ")", path(uri), List.of()));
    }

    static Response methodNotAllowed(String path, Set<String> allowed) {
        String allow = String.join(", ", allowed);
        return Response.status(405).type(Problem.MEDIA_TYPE).header("Allow", allow)
                .entity(Problem.of(ProblemType.METHOD_NOT_ALLOWED,
                        "This method is not allowed on " + path + "; allowed: " + allow, path, List.of()))
                .build();
    }

    /**
     * The database is down, restarting, refusing connections or the pool is exhausted: a condition of the
     * moment, not of the request (SQLState classes 08 connection, 53 insufficient resources, 57P operator
     * intervention; the pool's acquisition timeout).
     */
    static java.sql.SQLException databaseUnavailable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLTransientConnectionException || cause instanceof java.sql.SQLNonTransientConnectionException) {
                return (java.sql.SQLException) cause;
            }
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("53") || sql.getSQLState().startsWith("57P"))) {
                return sql;
            }
            // the pool (Agroal) says "Sorry, acquisition timeout!", with no SQLState
            if (cause instanceof java.sql.SQLException sql && sql.getMessage() != null
                    && sql.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout")) {
                return sql;
            }
        }
        return null;
    }

    private static boolean clientWentAway(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof io.vertx.core.http.HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    private static Response respond(Problem problem) {
        return problem(problem).build();
    }

    private static Response.ResponseBuilder problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /** "list.arg2" style paths name Java parameters; the last node is the API's own name for it. */
    private static String parameterName(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null && node.getKind() != jakarta.validation.ElementKind.METHOD) {
                name = node.getName();
            }
        }
        return name == null ? "request" : name;
    }
}
