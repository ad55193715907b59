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

    public static <T> Future<T> onContext(CompletableFuture<T> future) {
        Context context = Vertx.currentContext();
        return context == null ? Future.fromCompletionStage(future) : Future.fromCompletionStage(future, context);
    }
}
