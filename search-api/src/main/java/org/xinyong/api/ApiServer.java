package org.xinyong.api;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinyong.api.health.HealthRoutes;
import org.xinyong.api.http.ProblemResponder;
import org.xinyong.api.lists.ListRoutes;
import org.xinyong.api.search.SearchRoutes;
import org.xinyong.api.subjects.SubjectRoutes;
import org.xinyong.api.support.FreshnessWatcher;

/**
 * The HTTP server: the API under {@code /api}, health under {@code /health}, and the web pages at
 * {@code /}. Routes are mounted by one class per resource; every failure goes to one responder.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private final Vertx vertx;
    private final HttpServer server;

    private ApiServer(Vertx vertx, HttpServer server) {
        this.vertx = vertx;
        this.server = server;
    }

    public static Future<ApiServer> start(Vertx vertx, ApiSettings settings, Backend backend) {
        Router router = Router.router(vertx);
        router.route().handler(ctx -> {
            ctx.response().putHeader("X-Content-Type-Options", "nosniff");
            ctx.next();
        });
        // the default body limit is unlimited; ordinary requests are small
        router.route("/api/*").handler(BodyHandler.create(false).setBodyLimit(settings.bodyLimitBytes()));
        FreshnessWatcher freshness = new FreshnessWatcher(vertx, backend, 1_000);
        new HealthRoutes(backend).mount(router);
        new SearchRoutes(backend, settings).mount(router);
        new SubjectRoutes(backend, freshness).mount(router);
        new ListRoutes(backend, settings).mount(router);
        router.route("/api/*").handler(ctx -> ctx.fail(404));
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
                .setMaxHeaderSize(16_384);
        return vertx.createHttpServer(options).requestHandler(router).listen().map(server -> {
            LOG.info("Xinyong is serving on http://{}:{}/", settings.host(), server.actualPort());
            return new ApiServer(vertx, server);
        });
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
