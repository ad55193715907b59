package org.xinyong.api.es;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.endpoints.BinaryEndpoint;
import co.elastic.clients.transport.endpoints.BinaryResponse;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import io.vertx.core.Future;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.xinyong.api.support.Async;

/**
 * The hot searches' exchange: a {@link PreparedSearch} out, the answer's bytes in, read by the
 * caller's {@link Reader} straight into what it answers with.
 *
 * <p>Why not the client's {@code SearchResponse<T>}: the hot searches (search, suggest) copy hits,
 * highlights and buckets straight into our own JSON answer. Decoding them first into the
 * client's typed objects (through its JSON-P layer) cost 0.3–0.4 ms per search, two searches per
 * query: more than a third of what the API added to Elasticsearch's own time. An error status
 * is still an {@code ElasticsearchException}.
 */
public final class SearchAnswer {
    private SearchAnswer() {
    }

    /** {@link #search(ElasticsearchAsyncClient, PreparedSearch, Reader)}, blocking: for tools and tests, never on an event loop. */
    public static <T> T search(ElasticsearchClient client, PreparedSearch search, Reader<T> reader) throws IOException {
        return read(client._transport().performRequest(search, ENDPOINT, client._transportOptions()), reader);
    }

    /** Reads a successful answer's bytes. */
    public interface Reader<T> {
        T read(byte[] answer) throws IOException;
    }

    /**
     * Sends {@code search}; {@code reader} reads a successful answer, an error status fails with
     * the {@link ElasticsearchException} Elasticsearch's error body describes, as the client's
     * transport would have. Over the Vert.x transport the exchange skips the transport's layers
     * (its request preparation and completion stages); any other transport sends it the ordinary
     * way. Called on an event loop, as the routes call it, the answer is read on that loop, in
     * the caller's context (elsewhere, on the client's own loop).
     */
    public static <T> Future<T> search(ElasticsearchAsyncClient client, PreparedSearch search, Reader<T> reader) {
        if (client._transport() instanceof VertxTransport vertx) {
            return vertx.http().postJson(search.path(), search.body()).compose(answer -> answer.status() / 100 == 2
                    ? Future.succeededFuture(read(answer.body().getBytes(), reader))
                    : Future.failedFuture(error(client._jsonpMapper(), answer.status(), answer.body().getBytes())));
        }
        return Async.onContext(client._transport().performRequestAsync(search, ENDPOINT, client._transportOptions())
                .thenApply(response -> read(response, reader)));
    }

    /**
     * An error answer as an {@link ElasticsearchException}: the one its JSON body describes, or,
     * when the body is not Elasticsearch's (a proxy's HTML page for a 502), one with the HTTP
     * status and nothing more, as the client's transport reads statuses from the response. So an
     * unavailable backend behind a proxy is still a 503 with {@code Retry-After}, not a 500.
     */
    static ElasticsearchException error(JsonpMapper mapper, int status, byte[] body) {
        try (JsonParser parser = mapper.jsonProvider().createParser(new ByteArrayInputStream(body))) {
            return new ElasticsearchException(ENDPOINT.id(), ErrorResponse._DESERIALIZER.deserialize(parser, mapper));
        } catch (RuntimeException unreadable) {
            return new ElasticsearchException(ENDPOINT.id(), ErrorResponse.of(e -> e.status(status)
                    .error(c -> c.type("http_status_" + status).reason("an answer without Elasticsearch's error body"))));
        }
    }

    /**
     * POST {@code /index/_search} with the prepared body and a raw answer: no query parameters
     * (so no {@code typed_keys}: aggregations come back under the names we gave them).
     *
     * <p>No {@code filter_path}: it trimmed the answer (no {@code _shards}, hit ids, scores) and so
     * the API's parsing, but Elasticsearch filters its output through Jackson path matching, and
     * at saturation that cost it 3–7 % of its search throughput (wrk, the benchmark's direct
     * sequences with and without the parameter, 2026-11-26): more than the API saved.
     */
    private static final BinaryEndpoint<PreparedSearch> ENDPOINT = new BinaryEndpoint<>("es/search",
            search -> "POST", PreparedSearch::path, search -> Map.of(), search -> Map.of(), search -> Map.of(),
            search -> BinaryData.of(search.body(), ContentType.APPLICATION_JSON), null);

    private static <T> T read(BinaryResponse response, Reader<T> reader) {
        try (response; InputStream in = response.content()) {
            return reader.read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable search answer from Elasticsearch", e);
        }
    }

    private static <T> T read(byte[] answer, Reader<T> reader) {
        try {
            return reader.read(answer);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable search answer from Elasticsearch", e);
        }
    }
}
