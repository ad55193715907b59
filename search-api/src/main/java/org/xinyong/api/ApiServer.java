package org.xinyong.api;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinyong.api.check.CheckRoutes;
import org.xinyong.api.grades.GradeRoutes;
import org.xinyong.api.health.HealthRoutes;
import org.xinyong.api.inspections.PlanRoutes;
import org.xinyong.api.workflow.WorkflowRoutes;
import org.xinyong.api.security.CallerHandler;
import org.xinyong.api.security.ClientAddress;
import org.xinyong.api.security.RateLimiter;
import org.xinyong.api.http.ProblemResponder;
import org.xinyong.api.lists.ListRoutes;
import org.xinyong.api.ops.AboutRoutes;
import org.xinyong.api.ops.Metrics;
import org.xinyong.api.ops.OpenApiRoutes;
import org.xinyong.api.ops.ResponseCache;
import org.xinyong.api.ops.RouteNames;
import org.xinyong.api.reports.ReportRegistry;
import org.xinyong.api.reports.ReportRoutes;
import org.xinyong.api.search.SearchRoutes;
import org.xinyong.api.subjects.SubjectRoutes;
import org.xinyong.api.support.FreshnessWatcher;

/**
 * The HTTP server: the API under {@code /api}, health under {@code /health}, and the web pages at
 * {@code /}. Routes are mounted by one class per resource; every failure goes to one responder.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    /** Longer than any answer takes (a check of 10,000 entries: about 4 s), shorter than a stuck client's patience. */
    static final int IDLE_SECONDS = 120;

    private final Vertx vertx;
    private final HttpServer server;
    /** On every answer: encoded once. */
    private static final CharSequence NOSNIFF_NAME = HttpHeaders.createOptimized("X-Content-Type-Options");
    private static final CharSequence NOSNIFF = HttpHeaders.createOptimized("nosniff");

    private ApiServer(Vertx vertx, HttpServer server) {
        this.vertx = vertx;
        this.server = server;
    }

    public static Future<ApiServer> start(Vertx vertx, ApiSettings settings, Backend backend, ApiServices services) {
        Router router = Router.router(vertx);
        Metrics metrics = backend.metrics();
        router.route().handler(ctx -> {
            long start = System.nanoTime();
            ctx.addEndHandler(done -> metrics.request(RouteNames.of(ctx.request().path()),
                    ctx.response().getStatusCode(), System.nanoTime() - start));
            ctx.response().putHeader(NOSNIFF_NAME, NOSNIFF);
            ctx.next();
        });
        FreshnessWatcher freshness = new FreshnessWatcher(vertx, backend, 1_000);
        ResponseCache cache = new ResponseCache(settings.cacheMaxEntries(), settings.cacheTtl(), freshness::generation,
                backend.clock());
        metrics.cache("responses", cache.cache()::stats);
        metrics.counter("xinyong_audit_failures_total", "Audit lines that could not be written (see the log).",
                services.audit()::failures);
        metrics.counter("xinyong_audit_late_total", "Audit lines not written in time: their check or report was refused.",
                services.audit()::late);
        ClientAddress addresses = new ClientAddress(settings.trustedProxies());
        router.get("/metrics").handler(ctx -> {
            // the service's insides (routes' latencies, caches, audit failures) for the operator's
            // scraper on the same machine or network, not for every visitor
            if (!addresses.isInternal(ctx.request())) {
                ctx.fail(404);
                return;
            }
            ctx.response().putHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
                    .putHeader("Cache-Control", "no-store")
                    .end(metrics.prometheus());
        });
        router.route("/api/*").handler(new CallerHandler(services.keys(),
                new RateLimiter(settings.anonymousRequestsPerMinute()), addresses));
        // search and suggest first: a request is matched against the routes in order, and these two
        // are most of the traffic (the routes below them matched nothing of theirs; JFR 2026-11-26:
        // route matching was 4 % of a search's CPU on the event loop)
        router.get("/api/search").handler(cache);
        router.get("/api/suggest").handler(cache);
        new SearchRoutes(backend, settings).mount(router);
        CheckRoutes check = new CheckRoutes(backend, settings, services.audit());
        check.mountBodyHandler(router);
        ReportRegistry.ensureIndex(backend.es(), backend.names());
        WorkerExecutor reportWorkers = vertx.createSharedWorkerExecutor("report-workers",
                Math.max(2, Runtime.getRuntime().availableProcessors()));
        ReportRoutes reports = new ReportRoutes(backend, services.reports(), freshness, services.audit(), reportWorkers);
        reports.mountBodyHandler(router);
        // the default body limit is unlimited; ordinary requests are small. Only on methods that
        // carry a body: every API body is a POST, and on a GET the handler was a per-request cost
        router.route("/api/*").method(HttpMethod.POST).method(HttpMethod.PUT).method(HttpMethod.PATCH)
                .handler(BodyHandler.create(false).setBodyLimit(settings.bodyLimitBytes()));
        new HealthRoutes(backend).mount(router);
        new OpenApiRoutes().mount(router);
        new AboutRoutes(backend, freshness).mount(router);
        router.get("/api/subjects/:key").handler(cache);
        router.get("/api/lists/:list").handler(cache);
        check.mount(router);
        reports.mount(router);
        new WorkflowRoutes(vertx, backend, services.audit(), freshness).mount(router);
        new GradeRoutes(backend, reportWorkers, settings.gradesPublic()).mount(router);
        new PlanRoutes(backend, reportWorkers, services.audit()).mount(router);
        new SubjectRoutes(backend, freshness).mount(router);
        new ListRoutes(backend, settings).mount(router);
        router.route("/api/*").handler(ctx -> ctx.fail(404));
        // the QR code on every report points to /verify?number=…
        router.get("/verify").handler(ctx -> ctx.reroute("/verify.html"));
        router.route("/*").handler(ApiServer::pageHeaders);
        router.route("/*").handler(StaticHandler.create("webroot")
                .setCachingEnabled(true)
                .setMaxAgeSeconds(300)
                .setIndexPage("index.html"));
        ProblemResponder problems = new ProblemResponder(backend.mapper());
        router.route().failureHandler(problems);
        router.route().last().handler(ctx -> ctx.fail(404));

        HttpServerOptions options = new HttpServerOptions()
                .setHost(settings.host())
                .setPort(settings.port())
                .setCompressionSupported(true)
                .setMaxInitialLineLength(8_192)
                .setMaxHeaderSize(16_384)
                // HTTP/1.1 only in clear text: browsers speak HTTP/2 only over TLS, which a proxy in
                // front ends; h2c served nobody, and its codec answered limits with bare statuses
                // (a 431 for a long path) that bypass the problem responses
                .setHttp2ClearTextEnabled(false)
                // a connection that sends and receives nothing for this long is closed: clients
                // that open connections and wait would otherwise hold them for ever
                .setIdleTimeout(IDLE_SECONDS)
                .setIdleTimeoutUnit(java.util.concurrent.TimeUnit.SECONDS);
        return vertx.createHttpServer(options).requestHandler(router)
                .invalidRequestHandler(problems::invalidRequest).listen().map(server -> {
            LOG.info("Xinyong is serving on http://{}:{}/", settings.host(), server.actualPort());
            return new ApiServer(vertx, server);
        });
    }

    /**
     * Pages: revalidated after 5 minutes (file names carry no version, so never "immutable"), a
     * strict content security policy (the pages have no inline script), no framing.
     */
    private static void pageHeaders(io.vertx.ext.web.RoutingContext ctx) {
        ctx.response().headersEndHandler(v -> {
            if (ctx.response().getStatusCode() < 400) {
                ctx.response().putHeader("Cache-Control", "public, max-age=300");
            }
        });
        ctx.response().putHeader("Content-Security-Policy",
                        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
                .putHeader("Referrer-Policy", "same-origin")
                .putHeader("X-Frame-Options", "DENY");
        ctx.next();
    }

    public int port() {
        return server.actualPort();
    }

    public Vertx vertx() {
        return vertx;
    }

    @Override
    public void close() {
        server.close().await();
    }
}
