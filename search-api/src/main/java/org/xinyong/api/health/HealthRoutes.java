package org.xinyong.api.health;

import co.elastic.clients.transport.endpoints.BooleanResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.xinyong.api.Backend;
import org.xinyong.api.support.Async;
import org.xinyong.api.support.Responses;

/**
 * {@code /health/live}: the process answers. {@code /health/ready}: Elasticsearch answers and both
 * read aliases exist, i.e. a search would work; load balancers route on this one.
 */
public final class HealthRoutes {
    private final Backend backend;

    public HealthRoutes(Backend backend) {
        this.backend = backend;
    }

    public void mount(Router router) {
        router.get("/health/live").handler(ctx -> {
            ObjectNode body = backend.mapper().createObjectNode().put("status", "UP");
            Responses.json(ctx, backend.mapper(), body);
        });
        router.get("/health/ready").handler(this::handleReady);
    }

    private void handleReady(RoutingContext ctx) {
        Future<BooleanResponse> records = Async.es(backend.metrics(), "indices.existsAlias",
                backend.async().indices().existsAlias(a -> a.name(backend.names().records())));
        Future<BooleanResponse> subjects = Async.es(backend.metrics(), "indices.existsAlias",
                backend.async().indices().existsAlias(a -> a.name(backend.names().subjects())));
        Future.all(records, subjects).onComplete(done -> {
            ObjectNode body = backend.mapper().createObjectNode();
            boolean ready = done.succeeded() && records.result().value() && subjects.result().value();
            body.put("status", ready ? "UP" : "DOWN");
            body.put("elasticsearch", done.succeeded() ? "UP" : "DOWN");
            if (done.succeeded()) {
                body.put("indexes", records.result().value() && subjects.result().value() ? "UP" : "MISSING");
            }
            ctx.response().putHeader("Cache-Control", "no-store");
            Responses.json(ctx, backend.mapper(), ready ? 200 : 503, body);
        });
    }
}
