package org.xinyong.api.http;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinyong.api.security.AuditLog;

/**
 * The one failure handler: every error leaves as {@code application/problem+json} with a stable
 * type. Elasticsearch being unreachable is a 503 with {@code Retry-After}; an unexpected exception
 * is logged once, here, and answered with a generic 500 that reveals nothing internal.
 */
public final class ProblemResponder implements Handler<RoutingContext> {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponder.class);

    private final ObjectMapper mapper;

    public ProblemResponder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (ctx.failure() instanceof HttpClosedException) {
            // the client went away mid-request (an upload dropped): nobody to answer, nothing to log
            // as unexpected
            LOG.debug("Client closed the connection during {} {}", ctx.request().method(), ctx.request().path());
            return;
        }
        Problem problem = toProblem(ctx);
        if (ctx.response().headWritten()) {
            ctx.response().reset();
            return;
        }
        ObjectNode body = body(problem);
        // a path may carry a resident ID someone typed; the answer never repeats it unmasked
        body.put("instance", org.xinyong.core.privacy.Masking.maskIdsIn(ctx.request().path()));
        problem.extensions().forEach(body::put);
        if (problem.retryAfterSeconds() != null) {
            ctx.response().putHeader("Retry-After", Long.toString(problem.retryAfterSeconds()));
        }
        ctx.response().setStatusCode(problem.status())
                .putHeader("Content-Type", "application/problem+json; charset=utf-8")
                .putHeader("Cache-Control", "no-store")
                .end(body.toString());
    }

    /**
     * A request Netty could not read (a request line over 8 KB, headers over 16 KB, bytes that are
     * no HTTP): answered as a problem too, where Vert.x's default was a bare status. The router
     * never sees it; the connection is closed after the answer.
     */
    public void invalidRequest(HttpServerRequest request) {
        Throwable cause = request.decoderResult().cause();
        Problem problem = cause instanceof TooLongHttpLineException
                ? Problem.of(414, "uri-too-long", "请求地址过长", "The request line exceeds 8 KB; send long input in a POST body.")
                : cause instanceof TooLongHttpHeaderException
                        ? Problem.of(431, "headers-too-large", "请求头过大", "The request headers exceed 16 KB.")
                        : Problem.badRequest("bad-request", "请求格式错误", "The request could not be understood.");
        ObjectNode body = body(problem);
        request.response().setStatusCode(problem.status())
                .putHeader("Content-Type", "application/problem+json; charset=utf-8")
                .putHeader("Connection", "close")
                .end(body.toString());
    }

    /** A problem's members every answer has: type, title, status and detail. */
    private ObjectNode body(Problem problem) {
        ObjectNode body = mapper.createObjectNode();
        body.put("type", Problem.TYPE_BASE + problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status());
        if (problem.detail() != null) {
            // a detail may repeat what was sent (a code refused, a value not allowed): never an ID
            body.put("detail", org.xinyong.core.privacy.Masking.maskIdsIn(problem.detail()));
        }
        return body;
    }

    private Problem toProblem(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        while (failure instanceof CompletionException && failure.getCause() != null) {
            failure = failure.getCause();
        }
        if (failure instanceof Problem p) {
            return p;
        }
        if (failure instanceof HttpException http) {
            return fromStatus(http.getStatusCode());
        }
        if (failure == null) {
            return fromStatus(ctx.statusCode());
        }
        if (failure instanceof AuditLog.Unwritten) {
            // what the law asks to be audited is not given out untraced (AuditLog); the disk is the
            // operator's to fix, and the failure is already logged and counted where it happened
            return Problem.retryLater(503, "audit-unavailable", "审计日志暂时无法写入",
                    "This request is recorded in the audit log before it is answered, and the log cannot be written just now; please retry later.", 30);
        }
        Optional<Problem> backend = backendProblem(failure);
        if (backend.isPresent()) {
            LOG.warn("Elasticsearch unavailable or busy on {}: {}", ctx.request().path(), failure.toString());
            return backend.get();
        }
        LOG.error("Unexpected failure on {} {}", ctx.request().method(), ctx.request().path(), failure);
        return Problem.of(500, "internal-error", "服务器内部错误", "An unexpected error occurred; it has been logged.");
    }

    /**
     * Elasticsearch unreachable, answering 503 itself (e.g. its shards not assigned yet after a
     * restart), a proxy before it answering 502/503/504, or Elasticsearch too busy (429): a 503
     * with {@code Retry-After}. Empty for any other failure.
     */
    static Optional<Problem> backendProblem(Throwable failure) {
        if (isUnreachable(failure) || failure instanceof ElasticsearchException es
                && (es.status() == 502 || es.status() == 503 || es.status() == 504)) {
            return Optional.of(Problem.retryLater(503, "search-unavailable", "检索服务暂时不可用",
                    "The search backend is unavailable; please retry shortly.", 5));
        }
        if (failure instanceof ElasticsearchException busy && busy.status() == 429) {
            return Optional.of(Problem.retryLater(503, "search-busy", "检索服务繁忙",
                    "The search backend is busy; please retry shortly.", 2));
        }
        return Optional.empty();
    }

    private static boolean isUnreachable(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            // SocketException: refused (ConnectException) or dropped mid-request, from either client
            if (c instanceof java.net.SocketException || c instanceof TimeoutException
                    || c instanceof java.net.SocketTimeoutException
                    || c instanceof org.apache.http.ConnectionClosedException
                    || c instanceof IOException && String.valueOf(c.getMessage()).contains("Connection refused")) {
                return true;
            }
        }
        return false;
    }

    static Problem fromStatus(int status) {
        return switch (status) {
            case 400 -> Problem.badRequest("bad-request", "请求格式错误", "The request could not be understood.");
            case 404 -> Problem.notFound("not-found", "未找到", "No such resource.");
            case 405 -> Problem.of(405, "method-not-allowed", "方法不允许", "This method is not allowed here.");
            case 413 -> Problem.of(413, "body-too-large", "请求内容过大", "The request body exceeds this endpoint's limit.");
            case 415 -> Problem.of(415, "unsupported-media-type", "不支持的内容类型", "Send JSON or CSV.");
            default -> status >= 400 && status < 500
                    ? Problem.of(status, "client-error", "请求错误", "The request was refused.")
                    : Problem.of(500, "internal-error", "服务器内部错误", "An unexpected error occurred; it has been logged.");
        };
    }
}
