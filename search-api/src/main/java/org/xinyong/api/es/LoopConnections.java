package org.xinyong.api.es;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientConnection;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpConnectOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The keep-alive connections of one event loop for the hot searches, kept here instead of in the
 * Vert.x pool. Every pooled request went through the client's endpoint resolution, a pool lookup
 * by endpoint key, a lease and a statistics wrapper around the stream: 4 % of a search's CPU on
 * the event loop (JFR, 2026-11-26), for two searches against one fixed address. Here a request
 * takes the most recently used idle connection, or opens one while fewer than {@code max} are
 * open, or waits for one to be handed back.
 *
 * <p>Only its event loop touches it (no locks). A connection is reused only after a complete
 * answer on a keep-alive connection; after any failure it is closed, never reused. One idle longer
 * than the keep-alive time is closed rather than used: a proxy or the server may have dropped it
 * unseen. A search sent on a reused connection that turns out closed before an answer (the
 * server closed it while idle) is sent once more on a new one: a search changes nothing.
 */
final class LoopConnections {
    private final HttpClientAgent agent;
    private final HttpConnectOptions connect;
    private final int max;
    private final long keepAliveNanos;
    /** Most recently used last. */
    private final ArrayDeque<Idle> idle = new ArrayDeque<>();
    private final ArrayDeque<Promise<Lease>> waiting = new ArrayDeque<>();
    /** Open or opening: what counts against {@code max}. */
    private final Set<HttpClientConnection> open = Collections.newSetFromMap(new IdentityHashMap<>());
    private int opening;
    private boolean closed;

    private record Idle(HttpClientConnection connection, long since) {
    }

    /** A connection lent to one exchange; {@code reused}: it had answered before. */
    private record Lease(HttpClientConnection connection, boolean reused) {
    }

    /**
     * @param agent the loop's Vert.x client, used only to open connections (to its default host
     *              and port, with its TLS and timeouts)
     */
    LoopConnections(HttpClientAgent agent, int max, long keepAliveMillis) {
        this.agent = agent;
        this.connect = new HttpConnectOptions().setProtocolVersion(HttpVersion.HTTP_1_1);
        this.max = max;
        this.keepAliveNanos = TimeUnit.MILLISECONDS.toNanos(keepAliveMillis);
    }

    /** Sends one request and reads its whole answer; on this loop, from this loop. */
    Future<VertxHttpClient.Answer> exchange(RequestOptions head, Buffer body) {
        return acquire().compose(lease -> send(lease, head, body).recover(failure ->
                lease.reused() && lostUnseen(failure)
                        ? acquireNew().compose(fresh -> send(fresh, head, body))
                        : Future.failedFuture(failure)));
    }

    /** How a connection the server closed while it sat idle fails the next request on it. */
    private static boolean lostUnseen(Throwable failure) {
        return failure instanceof HttpClosedException || failure instanceof IOException;
    }

    private Future<VertxHttpClient.Answer> send(Lease lease, RequestOptions head, Buffer body) {
        HttpClientConnection connection = lease.connection();
        return connection.request(head)
                .compose(request -> request.send(body))
                .compose(response -> response.body().map(bytes -> {
                    if (keepsAlive(response)) {
                        release(connection);
                    } else {
                        discard(connection);
                    }
                    return new VertxHttpClient.Answer(response.statusCode(), bytes);
                }))
                .onFailure(failure -> discard(connection));
    }

    private static boolean keepsAlive(HttpClientResponse response) {
        String connection = response.getHeader(HttpHeaders.CONNECTION);
        return response.version() == HttpVersion.HTTP_1_1 ? !"close".equalsIgnoreCase(connection)
                : "keep-alive".equalsIgnoreCase(connection);
    }

    private Future<Lease> acquire() {
        if (closed) {
            return Future.failedFuture(new HttpClosedException("the Elasticsearch client is closed"));
        }
        long now = System.nanoTime();
        while (!idle.isEmpty()) {
            Idle candidate = idle.pollLast();
            if (now - candidate.since() < keepAliveNanos) {
                return Future.succeededFuture(new Lease(candidate.connection(), true));
            }
            discard(candidate.connection());
        }
        if (open.size() + opening < max) {
            return acquireNew();
        }
        Promise<Lease> turn = Promise.promise();
        waiting.add(turn);
        return turn.future();
    }

    /** A new connection, whether or not {@code max} are open (a retry replaces the one it lost). */
    private Future<Lease> acquireNew() {
        opening++;
        return agent.connect(connect).compose(connection -> {
            opening--;
            open.add(connection);
            connection.closeHandler(v -> forget(connection));
            if (closed) {
                discard(connection);
                return Future.failedFuture(new HttpClosedException("the Elasticsearch client is closed"));
            }
            return Future.succeededFuture(new Lease(connection, false));
        }, failure -> {
            opening--;
            return Future.failedFuture(failure);
        });
    }

    private void release(HttpClientConnection connection) {
        if (closed || !open.contains(connection)) {
            discard(connection);
            return;
        }
        Promise<Lease> next = waiting.poll();
        if (next != null) {
            next.complete(new Lease(connection, true));
        } else {
            idle.addLast(new Idle(connection, System.nanoTime()));
        }
    }

    private void discard(HttpClientConnection connection) {
        forget(connection);
        connection.close();
    }

    /** No longer counted (closed by us, by the server or by a failure); a waiting exchange may open one. */
    private void forget(HttpClientConnection connection) {
        if (!open.remove(connection)) {
            return;
        }
        idle.removeIf(i -> i.connection() == connection);
        Promise<Lease> next = waiting.poll();
        if (next != null) {
            acquireNew().onComplete(next);
        }
    }

    /** Closes every connection; waiting exchanges fail. On this loop. */
    void close() {
        closed = true;
        Promise<Lease> next;
        while ((next = waiting.poll()) != null) {
            next.fail(new HttpClosedException("the Elasticsearch client is closed"));
        }
        for (HttpClientConnection connection : Set.copyOf(open)) {
            discard(connection);
        }
    }

    /** Open connections, idle or busy: for tests. */
    int openCount() {
        return open.size();
    }

    /** Idle connections: for tests. */
    int idleCount() {
        return idle.size();
    }
}
