package org.xinyong.api.es;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.transport.endpoints.BinaryEndpoint;
import co.elastic.clients.transport.endpoints.BinaryResponse;
import co.elastic.clients.transport.endpoints.SimpleEndpoint;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
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
 * still the client's typed {@link SearchRequest}, sent by its transport, and an error status is
 * still an {@code ElasticsearchException}; only the successful answer is read as a tree.
 */
public record SearchAnswer(JsonNode body) {

    private static final BinaryEndpoint<SearchRequest> ENDPOINT = endpoint();

    /** Sends {@code request} with {@code client}'s transport; the answer is read with {@code mapper}. */
    public static CompletableFuture<SearchAnswer> search(ElasticsearchAsyncClient client, SearchRequest request,
                                                         ObjectMapper mapper) {
        return search(client, request, in -> new SearchAnswer(mapper.readTree(in)));
    }

    /** Reads a successful answer's bytes; {@code read} gets them as a stream (no tree in between). */
    public interface Reader<T> {
        T read(InputStream answer) throws IOException;
    }

    private static <T> CompletableFuture<T> search(ElasticsearchAsyncClient client, SearchRequest request, Reader<T> reader) {
        return client._transport().performRequestAsync(request, ENDPOINT, client._transportOptions())
                .thenApply(response -> read(response, reader));
    }

    /** Sends a search whose body is partly serialised already; {@code reader} reads the answer. */
    public static <T> CompletableFuture<T> search(ElasticsearchAsyncClient client, SplicedSearch search, Reader<T> reader) {
        Prepared prepared = new Prepared(search.request(), search.body(client._jsonpMapper()));
        return client._transport().performRequestAsync(prepared, PREPARED, client._transportOptions())
                .thenApply(response -> read(response, reader));
    }

    /** A search request with its body already written. */
    private record Prepared(SearchRequest request, byte[] body) {
    }

    private static final BinaryEndpoint<Prepared> PREPARED = new BinaryEndpoint<>("es/search",
            p -> ENDPOINT.method(p.request()), p -> ENDPOINT.requestUrl(p.request()),
            p -> ENDPOINT.pathParameters(p.request()), p -> ENDPOINT.queryParameters(p.request()),
            p -> ENDPOINT.headers(p.request()), p -> BinaryData.of(p.body(), ContentType.APPLICATION_JSON), null);

    private static <T> T read(BinaryResponse response, Reader<T> reader) {
        try (response; InputStream in = response.content()) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable search answer from Elasticsearch", e);
        }
    }

    /**
     * The client's own search endpoint (method, path, parameters, body) with a raw answer, without
     * {@code typed_keys} (aggregations come back under the names we gave them).
     *
     * <p>No {@code filter_path}: it trimmed the answer (no {@code _shards}, hit ids, scores) and so
     * the API's parsing, but Elasticsearch filters its output through Jackson path matching, and
     * at saturation that cost it 3–7 % of its search throughput (wrk, the benchmark's direct
     * sequences with and without the parameter, 2026-11-26): more than the API saved.
     */
    @SuppressWarnings("unchecked")
    private static BinaryEndpoint<SearchRequest> endpoint() {
        SimpleEndpoint<SearchRequest, ?> typed = (SimpleEndpoint<SearchRequest, ?>) SearchRequest._ENDPOINT;
        return new BinaryEndpoint<>("es/search", typed::method, typed::requestUrl, typed::pathParameters,
                request -> {
                    Map<String, String> params = new HashMap<>(typed.queryParameters(request));
                    params.remove("typed_keys");
                    return params;
                }, typed::headers, typed::body, null);
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
