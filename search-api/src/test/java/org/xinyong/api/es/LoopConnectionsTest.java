package org.xinyong.api.es;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hot searches' own connections, against a local Vert.x server that counts its connections. */
class LoopConnectionsTest {
    private Vertx vertx;
    private Context loop;
    /** The client ports the server has seen a request from: one per connection. */
    private final Set<Integer> connectionsSeen = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        loop = vertx.getOrCreateContext();
    }

    @AfterEach
    void stop() {
        vertx.close().await();
    }

    @Test
    void exchange_oneAfterAnother_reusesOneConnection() throws Exception {
        LoopConnections connections = connections(serve(request -> request.body().onSuccess(body ->
                request.response().end("echo " + body))), 4, 30_000);
        for (int i = 0; i < 3; i++) {
            String q = "q" + i;
            VertxHttpClient.Answer answer = onLoop(() -> connections.exchange(post(), Buffer.buffer(q)));
            assertEquals(200, answer.status());
            assertEquals("echo q" + i, answer.body().toString());
        }
        assertEquals(1, connectionsSeen.size());
        assertEquals(1, (int) onLoop(() -> Future.succeededFuture(connections.idleCount())));
    }

    @Test
    void exchange_moreAtOnceThanMax_waitForAConnectionAndAllGetAnswers() throws Exception {
        List<HttpServerRequest> held = new ArrayList<>();
        LoopConnections connections = connections(serve(request -> {
            // answer only when all the connections allowed are busy, so that the others must wait
            held.add(request);
            if (held.size() == 2) {
                held.forEach(r -> r.response().end("late"));
                held.clear();
            }
        }), 2, 30_000);
        List<CompletableFuture<VertxHttpClient.Answer>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            CompletableFuture<VertxHttpClient.Answer> answer = new CompletableFuture<>();
            loop.runOnContext(v -> connections.exchange(post(), Buffer.buffer("q")).onComplete(
                    answer::complete, answer::completeExceptionally));
            answers.add(answer);
        }
        for (CompletableFuture<VertxHttpClient.Answer> answer : answers) {
            assertEquals("late", answer.get(10, TimeUnit.SECONDS).body().toString());
        }
        assertEquals(2, connectionsSeen.size());
    }

    @Test
    void exchange_serverSaysClose_connectionNotReused() throws Exception {
        LoopConnections connections = connections(serve(request ->
                request.response().putHeader("Connection", "close").end("bye")), 4, 30_000);
        onLoop(() -> connections.exchange(post(), Buffer.buffer("1")));
        onLoop(() -> connections.exchange(post(), Buffer.buffer("2")));
        assertEquals(2, connectionsSeen.size());
        assertEquals(0, (int) onLoop(() -> Future.succeededFuture(connections.idleCount())));
    }

    @Test
    void exchange_idleConnectionClosedByServer_nextExchangeStillAnswered() throws Exception {
        LoopConnections connections = connections(serve(request -> {
            request.response().end("ok");
            // the server drops the connection soon after answering, as a proxy timing out would
            vertx.setTimer(50, t -> request.connection().close());
        }), 4, 30_000);
        onLoop(() -> connections.exchange(post(), Buffer.buffer("1")));
        Thread.sleep(300);
        assertEquals("ok", onLoop(() -> connections.exchange(post(), Buffer.buffer("2"))).body().toString());
        assertEquals(2, connectionsSeen.size());
    }

    @Test
    void exchange_idleLongerThanKeepAlive_opensANewConnection() throws Exception {
        LoopConnections connections = connections(serve(request -> request.response().end("ok")), 4, 100);
        onLoop(() -> connections.exchange(post(), Buffer.buffer("1")));
        Thread.sleep(300);
        onLoop(() -> connections.exchange(post(), Buffer.buffer("2")));
        assertEquals(2, connectionsSeen.size());
        assertEquals(1, (int) onLoop(() -> Future.succeededFuture(connections.openCount())));
    }

    @Test
    void exchange_noAnswerInTime_failsAndClosesTheConnection() throws Exception {
        LoopConnections connections = connections(serve(request -> {
            // never answers
        }), 4, 30_000);
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> onLoop(() -> connections.exchange(post().setIdleTimeout(200), Buffer.buffer("1"))));
        assertInstanceOf(TimeoutException.class, e.getCause());
        assertEquals(0, (int) onLoop(() -> Future.succeededFuture(connections.openCount())));
    }

    @Test
    void close_failsWaitingExchangesAndClosesConnections() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        LoopConnections connections = connections(serve(request -> requests.incrementAndGet()), 1, 30_000);
        CompletableFuture<VertxHttpClient.Answer> first = new CompletableFuture<>();
        CompletableFuture<VertxHttpClient.Answer> second = new CompletableFuture<>();
        loop.runOnContext(v -> {
            connections.exchange(post(), Buffer.buffer("1")).onComplete(first::complete, first::completeExceptionally);
            connections.exchange(post(), Buffer.buffer("2")).onComplete(second::complete, second::completeExceptionally);
        });
        for (int i = 0; i < 100 && requests.get() == 0; i++) {
            Thread.sleep(20);
        }
        onLoop(() -> {
            connections.close();
            return Future.succeededFuture();
        });
        assertThrows(ExecutionException.class, () -> first.get(10, TimeUnit.SECONDS));
        assertThrows(ExecutionException.class, () -> second.get(10, TimeUnit.SECONDS));
        assertEquals(1, requests.get());
        assertEquals(0, (int) onLoop(() -> Future.succeededFuture(connections.openCount())));
        assertTrue(assertThrows(ExecutionException.class, () -> onLoop(() -> connections.exchange(post(), Buffer.buffer("3"))))
                .getCause().getMessage().contains("closed"));
    }

    private LoopConnections connections(int port, int max, long keepAliveMillis) {
        HttpClientAgent agent = vertx.createHttpClient(new HttpClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(port));
        return new LoopConnections(agent, max, keepAliveMillis);
    }

    private static RequestOptions post() {
        return new RequestOptions().setMethod(HttpMethod.POST).setURI("/idx/_search").setIdleTimeout(10_000);
    }

    private <T> T onLoop(Supplier<Future<T>> work) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        loop.runOnContext(v -> work.get().onComplete(done::complete, done::completeExceptionally));
        return done.get(10, TimeUnit.SECONDS);
    }

    private int serve(Consumer<HttpServerRequest> handler) {
        HttpServer server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0))
                .requestHandler(request -> {
                    connectionsSeen.add(request.remoteAddress().port());
                    handler.accept(request);
                }).listen().await();
        return server.actualPort();
    }
}
