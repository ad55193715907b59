package org.xinyong.api.es;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import java.net.SocketException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinyong.core.es.ElasticsearchSettings;

/**
 * What the transport puts on the wire and how it fails, against small local servers that play
 * Elasticsearch's part of one exchange (searches themselves are tested on the real one, in
 * {@link VertxTransportIT}).
 */
class VertxHttpClientTest {
    private static final String EMPTY_SEARCH = "{\"took\":1,\"timed_out\":false,"
            + "\"_shards\":{\"total\":1,\"successful\":1,\"skipped\":0,\"failed\":0},\"hits\":{\"hits\":[]}}";
    private static Vertx vertx;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() {
        vertx.close().await();
    }

    @Test
    void uri_prefixPathAndParameters_encodesEachValue() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", "name:\"北京 公司\"");
        params.put("routing", "a&b");
        assertEquals("/es/idx/_search?q=name%3A%22%E5%8C%97%E4%BA%AC%20%E5%85%AC%E5%8F%B8%22&routing=a%26b&pretty=true",
                VertxHttpClient.uri("/es", "/idx/_search", params, Map.of("pretty", "true")));
        assertEquals("/_cluster/health", VertxHttpClient.uri("", "/_cluster/health", Map.of(), null));
    }

    @Test
    void body_severalBuffers_joinedWithoutMovingThem() {
        ByteBuffer first = ByteBuffer.wrap("{\"a\":1}\n".getBytes(StandardCharsets.UTF_8));
        ByteBuffer second = ByteBuffer.allocateDirect(8).put("{\"b\":2}\n".getBytes(StandardCharsets.UTF_8)).flip();
        assertEquals("{\"a\":1}\n{\"b\":2}\n", VertxHttpClient.body(List.of(first, second)).toString());
        assertEquals(0, first.position());
        assertEquals(0, second.position());
        assertNull(VertxHttpClient.body(null));
    }

    @Test
    void search_withApiKeyAndPathPrefix_sendsThemWithTheBody() throws Exception {
        CompletableFuture<HttpServerRequest> seen = new CompletableFuture<>();
        CompletableFuture<String> body = new CompletableFuture<>();
        int port = serve(new HttpServerOptions(), request -> {
            seen.complete(request);
            request.body().onSuccess(b -> body.complete(b.toString()));
            request.response().putHeader("X-Elastic-Product", "Elasticsearch")
                    .putHeader("Content-Type", "application/json").end(EMPTY_SEARCH);
        });
        ElasticsearchAsyncClient client = VertxElasticsearch.connect(vertx,
                settings("http://127.0.0.1:" + port + "/es/", "secret-key", null, null));
        client.search(s -> s.index("idx").size(1).routing("r 1"), JsonNode.class).get(10, TimeUnit.SECONDS);
        HttpServerRequest request = seen.get();
        assertEquals("POST", request.method().name());
        assertEquals("/es/idx/_search?routing=r%201&typed_keys=true", request.uri());
        MultiMap headers = request.headers();
        assertEquals("ApiKey secret-key", headers.get("Authorization"));
        assertTrue(headers.get("Content-Type").startsWith("application/vnd.elasticsearch+json"));
        assertTrue(headers.get("Accept").startsWith("application/vnd.elasticsearch+json"));
        assertEquals("{\"size\":1}", body.get(10, TimeUnit.SECONDS));
    }

    @Test
    void exists_withUserAndPassword_sendsBasicAuthorization() throws Exception {
        CompletableFuture<HttpServerRequest> seen = new CompletableFuture<>();
        int port = serve(new HttpServerOptions(), request -> {
            seen.complete(request);
            request.response().putHeader("X-Elastic-Product", "Elasticsearch").end();
        });
        ElasticsearchAsyncClient client = VertxElasticsearch.connect(vertx,
                settings("http://127.0.0.1:" + port, null, "elastic", "pass:word"));
        assertTrue(client.indices().exists(e -> e.index("idx")).get(10, TimeUnit.SECONDS).value());
        assertEquals("HEAD", seen.get().method().name());
        assertEquals("Basic ZWxhc3RpYzpwYXNzOndvcmQ=", seen.get().getHeader("Authorization"));
    }

    @Test
    void exists_httpsWithPemCa_trustsThatServer(@TempDir Path dir) throws Exception {
        TestCertificate certificate = TestCertificate.localhost(dir);
        int port = serve(new HttpServerOptions().setSsl(true).setKeyCertOptions(certificate.serverOptions()),
                request -> request.response().putHeader("X-Elastic-Product", "Elasticsearch").end());
        ElasticsearchSettings https = settings("https://localhost:" + port, null, null, null);
        ElasticsearchSettings trusting = new ElasticsearchSettings(https.url(), null, null, null,
                Optional.of(certificate.pem()), "test");
        assertTrue(VertxElasticsearch.connect(vertx, trusting).indices().exists(e -> e.index("idx"))
                .get(10, TimeUnit.SECONDS).value());
        ExecutionException untrusted = assertThrows(ExecutionException.class, () -> VertxElasticsearch.connect(vertx, https)
                .indices().exists(e -> e.index("idx")).get(10, TimeUnit.SECONDS));
        assertInstanceOf(javax.net.ssl.SSLHandshakeException.class, untrusted.getCause());
    }

    @Test
    void postJson_httpsWithPemCa_onItsOwnConnections_trustsThatServerAndReusesTheConnection(@TempDir Path dir) throws Exception {
        TestCertificate certificate = TestCertificate.localhost(dir);
        Set<Integer> connections = ConcurrentHashMap.newKeySet();
        int port = serve(new HttpServerOptions().setSsl(true).setKeyCertOptions(certificate.serverOptions()), request -> {
            connections.add(request.remoteAddress().port());
            request.body().onSuccess(b -> request.response().putHeader("Content-Type", "application/json")
                    .end("{\"echo\":" + b + "}"));
        });
        ElasticsearchSettings https = settings("https://localhost:" + port, "k", null, null);
        ElasticsearchSettings trusting = new ElasticsearchSettings(https.url(), "k", null, null,
                Optional.of(certificate.pem()), "test");
        VertxHttpClient http = ((VertxTransport) VertxElasticsearch.connect(vertx, trusting)._transport()).http();
        for (int i = 0; i < 3; i++) {
            VertxHttpClient.Answer answer = http.postJson("/idx/_search", ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8))
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            assertEquals(200, answer.status());
            assertEquals("{\"echo\":{\"n\":" + i + "}}", answer.body().toString());
        }
        assertEquals(1, connections.size(), "one keep-alive connection for three searches");
        VertxHttpClient untrusted = ((VertxTransport) VertxElasticsearch.connect(vertx, https)._transport()).http();
        ExecutionException e = assertThrows(ExecutionException.class, () -> untrusted.postJson("/idx/_search",
                "{}".getBytes(StandardCharsets.UTF_8)).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS));
        assertInstanceOf(javax.net.ssl.SSLHandshakeException.class, e.getCause());
    }

    @Test
    void search_noAnswerInTime_failsWithTimeoutException() {
        int port = serve(new HttpServerOptions(), request -> {
            // never answers
        });
        ElasticsearchAsyncClient client = VertxElasticsearch.connect(vertx,
                settings("http://127.0.0.1:" + port, null, null, null), 200);
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> client.search(s -> s.index("idx"), JsonNode.class).get(10, TimeUnit.SECONDS));
        assertInstanceOf(TimeoutException.class, e.getCause());
    }

    @Test
    void search_connectionClosedMidRequest_failsWithSocketException() {
        int port = serve(new HttpServerOptions(), request -> request.connection().close());
        ElasticsearchAsyncClient client = VertxElasticsearch.connect(vertx,
                settings("http://127.0.0.1:" + port, null, null, null));
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> client.search(s -> s.index("idx"), JsonNode.class).get(10, TimeUnit.SECONDS));
        assertInstanceOf(SocketException.class, e.getCause());
    }

    @Test
    void asIOException_timeout_becomesSocketTimeout() {
        assertInstanceOf(java.net.SocketTimeoutException.class, TransportFailures.asIOException(new TimeoutException("late")));
        SocketException closed = assertInstanceOf(SocketException.class,
                TransportFailures.asIOException(new io.vertx.core.http.HttpClosedException("gone")));
        assertEquals(io.vertx.core.http.HttpClosedException.class, closed.getCause().getClass());
    }

    private static int serve(HttpServerOptions options, Consumer<HttpServerRequest> handler) {
        HttpServer server = vertx.createHttpServer(options.setHost("127.0.0.1").setPort(0))
                .requestHandler(handler::accept).listen().await();
        return server.actualPort();
    }

    private static ElasticsearchSettings settings(String url, String apiKey, String username, String password) {
        return new ElasticsearchSettings(Optional.of(URI.create(url)), apiKey, username, password, Optional.empty(), "test");
    }
}
