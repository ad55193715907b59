package org.xinyong.api.support;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletableFuture;

/**
 * Elasticsearch futures as Vert.x futures of the request's context, so handlers never race on
 * their state. {@code Backend.async()} already completes on the calling event loop, in that
 * context; a context's promise then calls its listeners at once, without a dispatch. A future
 * completed elsewhere (a call made off the event loop) is brought back onto the context.
 */
public final class Async {

    /**
     * Wraps a success callback so that anything it throws (a {@code Problem}, a bug) fails the
     * request instead of vanishing in the event loop and leaving the client waiting forever.
     */
    public static <T> io.vertx.core.Handler<T> guarded(io.vertx.ext.web.RoutingContext ctx,
                                                      java.util.function.Consumer<T> body) {
        return value -> {
            try {
                body.accept(value);
            } catch (RuntimeException e) {
                ctx.fail(e);
            }
        };
    }
    private Async() {
    }

    /** Like {@link #onContext} and records the round trip under {@code operation}. */
    public static <T> Future<T> es(org.xinyong.api.ops.Metrics metrics, String operation, CompletableFuture<T> future) {
        return es(metrics, operation, onContext(future));
    }

    /** Records the round trip of a Vert.x future under {@code operation} (it completes in its caller's context already). */
    public static <T> Future<T> es(org.xinyong.api.ops.Metrics metrics, String operation, Future<T> future) {
        long start = System.nanoTime();
        return future.andThen(done -> metrics.elasticsearch(operation, System.nanoTime() - start));
    }

    public static <T> Future<T> onContext(CompletableFuture<T> future) {
        Context context = Vertx.currentContext();
        return context == null ? Future.fromCompletionStage(future) : Future.fromCompletionStage(future, context);
    }
}
