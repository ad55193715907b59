package org.xinyong.api.support;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletableFuture;

/**
 * The Elasticsearch async client completes its futures on its own I/O threads; this brings the
 * result back onto the Vert.x context of the request, so handlers never race on their state.
 */
public final class Async {
    private Async() {
    }

    /** Like {@link #onContext} and records the round trip under {@code operation}. */
    public static <T> Future<T> es(org.xinyong.api.ops.Metrics metrics, String operation, CompletableFuture<T> future) {
        long start = System.nanoTime();
        return onContext(future.whenComplete((r, e) -> metrics.elasticsearch(operation, System.nanoTime() - start)));
    }

    public static <T> Future<T> onContext(CompletableFuture<T> future) {
        Context context = Vertx.currentContext();
        return context == null ? Future.fromCompletionStage(future) : Future.fromCompletionStage(future, context);
    }
}
