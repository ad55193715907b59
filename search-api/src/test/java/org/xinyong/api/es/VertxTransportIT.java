package org.xinyong.api.es;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xinyong.api.support.Async;
import org.xinyong.core.es.ElasticsearchSettings;
import org.xinyong.testing.ElasticsearchTestServer;

/** The Vert.x transport against the real test Elasticsearch: answers, errors, threads, failures. */
class VertxTransportIT {
    private static ElasticsearchTestServer es;
    private static String prefix;
    private static String index;
    private static Vertx vertx;
    private static ElasticsearchAsyncClient client;
    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = org.xinyong.core.json.Json.newMapper();

    @BeforeAll
    static void start() throws IOException {
        es = ElasticsearchTestServer.global();
        prefix = ElasticsearchTestServer.uniquePrefix(VertxTransportIT.class);
        index = prefix + "-docs";
        ElasticsearchClient blocking = es.clients().client();
        blocking.indices().create(c -> c.index(index).mappings(m -> m.properties("name", p -> p.keyword(k -> k))));
        List<BulkOperation> docs = List.of("北京 公司", "南通 公司", "alpha").stream()
                .map(name -> BulkOperation.of(b -> b.index(i -> i.index(index).document(Map.of("name", name)))))
                .toList();
        blocking.bulk(b -> b.operations(docs).refresh(Refresh.True));
        vertx = Vertx.vertx();
        client = VertxElasticsearch.connect(vertx, es.settings(prefix));
    }

    @AfterAll
    static void stop() {
        vertx.close().await();
        es.deleteIndexes(prefix);
    }

    @Test
    void search_onEventLoop_completesOnTheCallingThreadAndContext() throws Exception {
        CompletableFuture<Thread> caller = new CompletableFuture<>();
        CompletableFuture<Thread> transport = new CompletableFuture<>();
        CompletableFuture<Thread> handler = new CompletableFuture<>();
        CompletableFuture<Long> hits = new CompletableFuture<>();
        vertx.runOnContext(v -> {
            caller.complete(Thread.currentThread());
            client.search(s -> s.index(index), JsonNode.class)
                    .whenComplete((r, e) -> transport.complete(Thread.currentThread()));
            Async.onContext(client.search(s -> s.index(index), JsonNode.class)).onComplete(r -> {
                handler.complete(Thread.currentThread());
                hits.complete(r.succeeded() ? r.result().hits().total().value() : -1);
            });
        });
        assertEquals(3, hits.get(30, TimeUnit.SECONDS));
        assertSame(caller.get(), transport.get(30, TimeUnit.SECONDS), "the transport completes on the caller's event loop");
        assertSame(caller.get(), handler.get(30, TimeUnit.SECONDS), "the request's context goes on on that thread");
    }

    @Test
    void search_queryParameter_isEncoded() throws Exception {
        SearchResponse<JsonNode> found = onEventLoop(() -> client.search(s -> s.index(index).q("name:\"北京 公司\""),
                JsonNode.class));
        assertEquals(1, found.hits().total().value());
        assertEquals("北京 公司", found.hits().hits().get(0).source().path("name").asText());
    }

    @Test
    void searchAnswer_readsTheAnswerAsSent_withHitsSortAndUntypedAggregationNames() throws Exception {
        JsonNode answer = onEventLoop(() -> SearchAnswer.search(client, PreparedSearch.of(index, g -> {
            g.writeFieldName("sort");
            Dsl.typed(g, SortOptions.of(o -> o.field(f -> f.field("name").order(SortOrder.Asc))));
            g.writeObjectFieldStart("aggregations");
            g.writeFieldName("names");
            Dsl.typed(g, Aggregation.of(a -> a.terms(t -> t.field("name"))));
            g.writeEndObject();
        }), MAPPER::readTree).toCompletionStage());
        JsonNode hits = answer.path("hits");
        assertEquals(3, hits.path("total").path("value").asLong());
        List<String> names = new ArrayList<>();
        hits.path("hits").forEach(hit -> names.add(hit.path("_source").path("name").asText()));
        assertEquals(List.of("alpha", "北京 公司", "南通 公司"), names.stream().sorted().toList());
        assertEquals("alpha", hits.path("hits").path(0).path("sort").path(0).asText());
        assertEquals(3, answer.path("aggregations").path("names").path("buckets").size(),
                "aggregations come back under our names: " + answer.path("aggregations"));
    }

    @Test
    void searchAnswer_missingIndex_failsWithElasticsearchException404() {
        ElasticsearchException e = failure(ElasticsearchException.class,
                () -> SearchAnswer.search(client, PreparedSearch.of(prefix + "-missing", g -> { }), MAPPER::readTree).toCompletionStage());
        assertEquals(404, e.status());
    }

    @Test
    void search_missingIndex_failsWithElasticsearchException404() {
        ElasticsearchException e = failure(ElasticsearchException.class,
                () -> client.search(s -> s.index(prefix + "-missing"), JsonNode.class));
        assertEquals(404, e.status());
        assertEquals("index_not_found_exception", e.error().type());
    }

    @Test
    void search_malformedQuery_failsWithElasticsearchException400() {
        ElasticsearchException e = failure(ElasticsearchException.class,
                () -> client.search(s -> s.index(index).q("name:["), JsonNode.class));
        assertEquals(400, e.status());
    }

    @Test
    void exists_head_answersTrueAndFalseFor404() throws Exception {
        assertTrue(onEventLoop(() -> client.indices().exists(e -> e.index(index))).value());
        assertFalse(onEventLoop(() -> client.indices().exists(e -> e.index(prefix + "-missing"))).value());
    }

    @Test
    void get_unknownId_isNotFoundNotAnError() throws Exception {
        assertFalse(onEventLoop(() -> client.get(g -> g.index(index).id("no-such-id"), JsonNode.class)).found());
    }

    @Test
    void blockingClient_onWorker_answersWithoutDeadlock() throws Exception {
        ElasticsearchClient blocking = new ElasticsearchClient(client._transport());
        long total = vertx.executeBlocking(() -> blocking.search(s -> s.index(index), JsonNode.class).hits().total().value())
                .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        assertEquals(3, total);
    }

    @Test
    void blockingClient_onEventLoop_isRefused() throws Exception {
        ElasticsearchClient blocking = new ElasticsearchClient(client._transport());
        CompletableFuture<Exception> refused = new CompletableFuture<>();
        vertx.runOnContext(v -> {
            try {
                blocking.info();
                refused.complete(null);
            } catch (IOException | RuntimeException e) {
                refused.complete(e);
            }
        });
        assertInstanceOf(IllegalStateException.class, refused.get(30, TimeUnit.SECONDS));
    }

    @Test
    void search_nothingListening_failsWithConnectException() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ElasticsearchSettings nowhere = es.settings(prefix).withUrl(URI.create("http://127.0.0.1:" + port));
        ElasticsearchAsyncClient refused = VertxElasticsearch.connect(vertx, nowhere);
        failure(ConnectException.class, () -> refused.search(s -> s.index(index), JsonNode.class));
    }

    /** Calls from an event loop, as the API does, and waits for the answer. */
    static <T> T onEventLoop(Supplier<? extends CompletionStage<T>> call) throws Exception {
        Promise<T> result = Promise.promise();
        vertx.runOnContext(v -> Future.fromCompletionStage(call.get()).onComplete(result));
        return result.future().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    static <E extends Throwable, T> E failure(Class<E> type, Supplier<? extends CompletionStage<T>> call) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> onEventLoop(call));
        return assertInstanceOf(type, e.getCause());
    }
}
