package org.xinyong.bench;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.elasticsearch.client.Request;

/**
 * What the Elasticsearch Java client's transport costs per search: each search of ApiBenchmark's
 * mix (its {@code es-sequences.txt}, so run ApiBenchmark first) sent one at a time through the
 * low-level {@code RestClient} (body read to the end) and through the typed async client
 * ({@code SearchResponse<JsonNode>}, as the API does). Compare with ApiBenchmark's direct side,
 * where {@code wrk} sends the same bytes.
 *
 * <p>Usage: {@code TransportOverhead [passes=4]}; prints per-pass p50 and mean of both.
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
            for (String part : line.split("\u001d")) {
                String[] p = part.split("\t", 3);
                if (p.length == 3) {
                    searches.add(new String[] {p[1], p[2].replace('\u001e', '\n')});
                }
            }
        }
        try (Bench bench = Bench.start(Map.of())) {
            System.out.printf("%d searches from %s%n", searches.size(), file);
            for (int pass = 1; pass <= passes; pass++) {
                long[] low = new long[searches.size()];
                long[] typed = new long[searches.size()];
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
                }
                System.out.printf("pass %d: low-level RestClient p50 %.2f ms mean %.2f ms; typed async client p50 %.2f ms "
                        + "mean %.2f ms (load before %s)%n", pass, p50(low), mean(low), p50(typed), mean(typed), Bench.load());
            }
        }
        System.exit(0);
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
