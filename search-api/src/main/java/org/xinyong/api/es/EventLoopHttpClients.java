package org.xinyong.api.es;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.internal.VertxInternal;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * One Vert.x HTTP client, and so one connection pool, per event loop. The Vert.x pool lends any
 * idle connection whatever event loop owns it, and a response read on another loop is then
 * dispatched to the caller's: the thread hop this transport exists to avoid. With a pool per loop
 * every connection lives on the loop that uses it.
 */
final class EventLoopHttpClients {
    private final Vertx vertx;
    private final HttpClientOptions options;
    private final PoolOptions pool;
    private final ConcurrentMap<Thread, HttpClientAgent> byLoop = new ConcurrentHashMap<>();
    /**
     * Where calls from other threads (startup, workers, tests) are sent from. Not the caller's own
     * context: a worker waiting for the answer would block the very context that must deliver it.
     */
    private final Context ownLoop;
    private volatile boolean closed;

    EventLoopHttpClients(Vertx vertx, HttpClientOptions options, PoolOptions pool) {
        this.vertx = vertx;
        this.options = options;
        this.pool = pool;
        this.ownLoop = ((VertxInternal) vertx).createEventLoopContext();
    }

    /**
     * Runs {@code exchange} on an event loop of this Vert.x with that loop's client: on the caller's
     * loop if it is on one. Never throws: whatever goes wrong fails the future, for a request that
     * failed unseen on another loop would wait for ever.
     */
    <T> Future<T> send(Function<HttpClient, Future<T>> exchange) {
        if (closed) {
            return Future.failedFuture(new IllegalStateException("the Elasticsearch client is closed"));
        }
        if (onOwnEventLoop()) {
            return attempt(exchange);
        }
        Promise<T> answer = Promise.promise();
        try {
            ownLoop.runOnContext(v -> attempt(exchange).onComplete(answer));
        } catch (RuntimeException e) {   // Vert.x is shutting down
            answer.fail(e);
        }
        return answer.future();
    }

    private <T> Future<T> attempt(Function<HttpClient, Future<T>> exchange) {
        try {
            return exchange.apply(clientOfThisLoop());
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
    }

    private boolean onOwnEventLoop() {
        Context current = Vertx.currentContext();
        return Context.isOnEventLoopThread() && current != null && current.isEventLoopContext() && current.owner() == vertx;
    }

    private HttpClient clientOfThisLoop() {
        return byLoop.computeIfAbsent(Thread.currentThread(),
                loop -> vertx.httpClientBuilder().with(options).with(pool).build());
    }

    /** Closes every pool; the clients would also close with their Vert.x instance. */
    Future<Void> close() {
        closed = true;
        List<Future<Void>> closing = byLoop.values().stream().map(HttpClient::close).toList();
        byLoop.clear();
        return Future.all(closing).mapEmpty();
    }
}
