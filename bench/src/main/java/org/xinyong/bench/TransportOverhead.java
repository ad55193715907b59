package org.xinyong.bench;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.elasticsearch.client.Request;
import org.xinyong.api.es.VertxElasticsearch;

/**
 * What the Elasticsearch Java client's transport costs per search: each search of ApiBenchmark's
 * mix (its {@code es-sequences.txt}, so run ApiBenchmark first) sent one at a time through the
 * low-level {@code RestClient} (body read to the end), through the typed async client on
 * RestClient ({@code SearchResponse<JsonNode>}) and through the typed async client on the Vert.x
 * transport, as the API now sends them. Compare with ApiBenchmark's direct side, where {@code wrk}
 * sends the same bytes.
 *
 * <p>All three are timed on the main thread. The Vert.x client is called on an event loop, as a
 * route handler calls it, so its figure has the same two thread handoffs as the others: there and
 * back (main to its I/O thread and back for the RestClient ones).
 *
 * <p>Usage: {@code TransportOverhead [passes=4]}; prints per-pass p50 and mean of the three.
 */
public final class TransportOverhead {
    private TransportOverhead() {
    }

    public static void main(String[] args) throws Exception {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        Bench.header("TransportOverhead");
        Path file = Bench.home().resolve("api-bench").resolve("es-sequences.txt");
        List<String[]> searches = new ArrayList<>();   // {path, body}
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            for (RequestLine search : RequestLine.sequence(line)) {
                if (search.body() != null) {
                    searches.add(new String[] {search.path(), search.body()});
                }
            }
        }
        Vertx vertx = Vertx.vertx();
        try (Bench bench = Bench.start(Map.of())) {
            ElasticsearchAsyncClient onVertx = VertxElasticsearch.connect(vertx, bench.settings);
            Context eventLoop = vertx.getOrCreateContext();
            System.out.printf("%d searches from %s%n", searches.size(), file);
            for (int pass = 1; pass <= passes; pass++) {
                long[] low = new long[searches.size()];
                long[] typed = new long[searches.size()];
                long[] vertxTyped = new long[searches.size()];
                for (int i = 0; i < searches.size(); i++) {
                    String path = searches.get(i)[0];
                    String body = searches.get(i)[1];
                    long t0 = System.nanoTime();
                    Request request = new Request("POST", path);
                    request.setJsonEntity(body);
                    bench.es.rest().performRequest(request).getEntity().getContent().readAllBytes();
                    low[i] = System.nanoTime() - t0;

                    String index = path.split("/")[1];
                    SearchRequest search = SearchRequest.of(b -> b.index(index).withJson(new StringReader(body)));
                    long t1 = System.nanoTime();
                    bench.es.async().search(search, JsonNode.class).get();
                    typed[i] = System.nanoTime() - t1;

                    long t2 = System.nanoTime();
                    onEventLoop(eventLoop, () -> onVertx.search(search, JsonNode.class));
                    vertxTyped[i] = System.nanoTime() - t2;
                }
                System.out.printf("pass %d: low-level RestClient p50 %.2f ms mean %.2f ms; typed async client p50 %.2f ms "
                        + "mean %.2f ms; typed client on Vert.x p50 %.2f ms mean %.2f ms (load before %s)%n", pass,
                        p50(low), mean(low), p50(typed), mean(typed), p50(vertxTyped), mean(vertxTyped), Bench.load());
            }
        } finally {
            vertx.close().await();
        }
        System.exit(0);
    }

    /** Calls on {@code context} and waits on this thread until the future completes (there). */
    private static void onEventLoop(Context context, Supplier<CompletableFuture<?>> call) {
        Promise<Object> done = Promise.promise();
        context.runOnContext(v -> Future.fromCompletionStage(call.get()).onComplete(done));
        done.future().await();
    }

    private static double p50(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double mean(long[] nanos) {
        return Arrays.stream(nanos).average().orElse(Double.NaN) / 1e6;
    }
}
