package org.xinyong.api.es;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.endpoints.BinaryEndpoint;
import co.elastic.clients.transport.endpoints.BinaryResponse;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A search answer as Elasticsearch sent it, read into a Jackson tree.
 *
 * <p>Why not the client's {@code SearchResponse<T>}: the hot searches (search, suggest) copy hits,
 * highlights and buckets straight into our own JSON answer. Decoding them first into the
 * client's typed objects (through its JSON-P layer) cost 0.3–0.4 ms per search, two searches per
 * query: more than a third of what the API added to Elasticsearch's own time. The request is
 * sent by the client's transport ({@link PreparedSearch}), and an error status is still an
 * {@code ElasticsearchException}; only the successful answer is read as a tree.
 */
public record SearchAnswer(JsonNode body) {

    /** Sends {@code search} with {@code client}'s transport; the answer is read with {@code mapper}. */
    public static CompletableFuture<SearchAnswer> search(ElasticsearchAsyncClient client, PreparedSearch search,
                                                         ObjectMapper mapper) {
        return search(client, search, in -> new SearchAnswer(mapper.readTree(in)));
    }

    /** {@link #search(ElasticsearchAsyncClient, PreparedSearch, Reader)}, blocking: for tools and tests, never on an event loop. */
    public static <T> T search(ElasticsearchClient client, PreparedSearch search, Reader<T> reader) throws IOException {
        return read(client._transport().performRequest(search, ENDPOINT, client._transportOptions()), reader);
    }

    /** Reads a successful answer's bytes; {@code read} gets them as a stream (no tree in between). */
    public interface Reader<T> {
        T read(InputStream answer) throws IOException;
    }

    /** Sends {@code search} with {@code client}'s transport; {@code reader} reads the answer. */
    public static <T> CompletableFuture<T> search(ElasticsearchAsyncClient client, PreparedSearch search, Reader<T> reader) {
        return client._transport().performRequestAsync(search, ENDPOINT, client._transportOptions())
                .thenApply(response -> read(response, reader));
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
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable search answer from Elasticsearch", e);
        }
    }

    public long took() {
        return body.path("took").asLong();
    }

    /** The hits: each with {@code _source}, and {@code highlight} and {@code sort} where asked for. */
    public List<JsonNode> hits() {
        List<JsonNode> hits = new ArrayList<>();
        body.path("hits").path("hits").forEach(hits::add);
        return hits;
    }

    /** The hits' sources, best first. */
    public List<JsonNode> sources() {
        return hits().stream().map(hit -> hit.path("_source")).toList();
    }
}
