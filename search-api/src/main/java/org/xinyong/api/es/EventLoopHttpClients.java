package org.xinyong.api.es;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.internal.VertxInternal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

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
    private final ConcurrentMap<Thread, LoopConnections> connectionsByLoop = new ConcurrentHashMap<>();
    /** Where each loop's connections were made: they are closed there. */
    private final ConcurrentMap<LoopConnections, Context> connectionLoops = new ConcurrentHashMap<>();
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
        return onALoop(() -> exchange.apply(clientOfThisLoop()));
    }

    /**
     * One request and its whole answer on a keep-alive connection of the loop's own
     * ({@link LoopConnections}), not the Vert.x pool's: for the hot searches. Never throws, like
     * {@link #send}.
     */
    Future<VertxHttpClient.Answer> exchange(RequestOptions head, Buffer body) {
        return onALoop(() -> connectionsOfThisLoop().exchange(head, body));
    }

    private <T> Future<T> onALoop(Supplier<Future<T>> exchange) {
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

    private static <T> Future<T> attempt(Supplier<Future<T>> exchange) {
        try {
            return exchange.get();
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
    }

    private boolean onOwnEventLoop() {
        Context current = Vertx.currentContext();
        return Context.isOnEventLoopThread() && current != null && current.isEventLoopContext() && current.owner() == vertx;
    }

    private HttpClientAgent clientOfThisLoop() {
        return byLoop.computeIfAbsent(Thread.currentThread(),
                loop -> vertx.httpClientBuilder().with(options).with(pool).build());
    }

    private LoopConnections connectionsOfThisLoop() {
        return connectionsByLoop.computeIfAbsent(Thread.currentThread(), loop -> {
            LoopConnections connections = new LoopConnections(clientOfThisLoop(), pool.getHttp1MaxSize(),
                    TimeUnit.SECONDS.toMillis(options.getKeepAliveTimeout()));
            connectionLoops.put(connections, ((ContextInternal) Vertx.currentContext()).unwrap());
            return connections;
        });
    }

    /** Closes every pool and connection; they would also close with their Vert.x instance. */
    Future<Void> close() {
        closed = true;
        List<Future<Void>> closing = new ArrayList<>();
        connectionLoops.forEach((connections, loop) -> {
            Promise<Void> done = Promise.promise();
            loop.runOnContext(v -> {
                connections.close();
                done.complete();
            });
            closing.add(done.future());
        });
        connectionLoops.clear();
        connectionsByLoop.clear();
        byLoop.values().forEach(client -> closing.add(client.close()));
        byLoop.clear();
        return Future.all(closing).mapEmpty();
    }
}
