package org.xinyong.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The API's added latency at one connection, with the machine's drift taken out: run as a child
 * JVM by ApiBenchmark, it sends each query of the mix to the API and, right before or after (the
 * order alternating), the same query's searches straight to Elasticsearch, one at a time, and
 * times both.
 *
 * <p>Why: ApiBenchmark's wrk rounds at c=1 time the API and Elasticsearch 15 seconds apart, and on
 * this shared machine Elasticsearch's own speed moves by a third within minutes (2026-11-26 23:35:
 * 3.7 to 5.5 CPU-ms a query between consecutive rounds), which moved the difference of their
 * medians between 0.3 and 2.2 ms from one pair of rounds to the next. Interleaved query by query,
 * both sides see the same machine.
 *
 * <p>One thread, blocking keep-alive connections, one request in flight: a closed loop like
 * {@code wrk -c1}. The direct side sends its searches one after another on one connection and is
 * timed from the first sent to the last answered, as {@code sequences.lua} does.
 *
 * <p>Usage: {@code PairedLatencyClient API_BASE ES_BASE API_FILE ES_SEQUENCE_FILE SECONDS}, the
 * request files ApiBenchmark writes (one query per line, the same order in both); prints one
 * {@code PAIRED ...} line with the percentiles in microseconds.
 */
public final class PairedLatencyClient {
    private final Endpoint api;
    private final Endpoint es;

    private PairedLatencyClient(Endpoint api, Endpoint es) {
        this.api = api;
        this.es = es;
    }

    public static void main(String[] args) throws Exception {
        URI apiBase = URI.create(args[0]);
        URI esBase = URI.create(args[1]);
        List<String> apiLines = lines(Path.of(args[2]));
        List<String> esLines = lines(Path.of(args[3]));
        int seconds = Integer.parseInt(args[4]);
        if (apiLines.size() != esLines.size()) {
            throw new IllegalArgumentException("the request files differ in length: " + apiLines.size() + " against "
                    + esLines.size());
        }
        List<byte[][]> apiRequests = new ArrayList<>();
        List<byte[][]> esRequests = new ArrayList<>();
        for (int i = 0; i < apiLines.size(); i++) {
            apiRequests.add(requests(apiLines.get(i), apiBase));
            esRequests.add(requests(esLines.get(i), esBase));
        }
        try (Endpoint api = new Endpoint(apiBase, apiRequests); Endpoint es = new Endpoint(esBase, esRequests)) {
            PairedLatencyClient client = new PairedLatencyClient(api, es);
            client.run(Math.max(2, seconds / 5), null);   // warm-up: connections, both servers' hot paths
            long[][] latencies = new long[2][];
            int pairs = client.run(seconds, latencies);
            long[] apiNanos = latencies[0];
            long[] esNanos = latencies[1];
            long[] differences = new long[pairs];
            for (int i = 0; i < pairs; i++) {
                differences[i] = apiNanos[i] - esNanos[i];
            }
            Arrays.sort(apiNanos);
            Arrays.sort(esNanos);
            Arrays.sort(differences);
            System.out.printf("PAIRED pairs=%d api_p50_us=%.0f es_p50_us=%.0f added_p50_us=%.0f median_pair_difference_us=%.0f "
                            + "api_p90_us=%.0f es_p90_us=%.0f api_p99_us=%.0f es_p99_us=%.0f errors=%d%n", pairs,
                    us(apiNanos, 50), us(esNanos, 50), us(apiNanos, 50) - us(esNanos, 50), us(differences, 50),
                    us(apiNanos, 90), us(esNanos, 90), us(apiNanos, 99), us(esNanos, 99), api.errors + es.errors);
        }
        System.exit(0);
    }

    private static double us(long[] sortedNanos, double percentile) {
        return Bench.percentile(sortedNanos, percentile) / 1e3;
    }

    /**
     * Queries in order for {@code seconds}, each to both sides, the side going first alternating;
     * fills {@code out} (if given) with the two sides' latencies, pair by pair. Returns the pairs timed.
     */
    private int run(int seconds, long[][] out) throws IOException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long[] apiNanos = new long[4096];
        long[] esNanos = new long[4096];
        int pairs = 0;
        for (int i = 0; System.nanoTime() < end; i++) {
            int query = i % api.requests.size();
            long a;
            long e;
            if (i % 2 == 0) {
                a = api.time(query);
                e = es.time(query);
            } else {
                e = es.time(query);
                a = api.time(query);
            }
            if (a < 0 || e < 0) {
                continue;   // an error on either side: the pair is not timed (and counted)
            }
            if (pairs == apiNanos.length) {
                apiNanos = Arrays.copyOf(apiNanos, pairs * 2);
                esNanos = Arrays.copyOf(esNanos, pairs * 2);
            }
            apiNanos[pairs] = a;
            esNanos[pairs] = e;
            pairs++;
        }
        if (out != null) {
            out[0] = Arrays.copyOf(apiNanos, pairs);
            out[1] = Arrays.copyOf(esNanos, pairs);
        }
        return pairs;
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    }

    /** A line of a request file ({@link RequestLine}) as HTTP/1.1 requests. */
    static byte[][] requests(String line, URI base) {
        return RequestLine.sequence(line).stream().map(r -> r.toHttp(base)).toArray(byte[][]::new);
    }

    /** One server: a blocking keep-alive connection, reopened after an error. */
    private static final class Endpoint implements AutoCloseable {
        private final InetSocketAddress address;
        private final List<byte[][]> requests;
        private final OpenLoopClient.ResponseReader reader = new OpenLoopClient.ResponseReader();
        private final ByteBuffer in = ByteBuffer.allocate(256 * 1024);
        private SocketChannel channel;
        private int errors;

        Endpoint(URI base, List<byte[][]> requests) {
            this.address = new InetSocketAddress(base.getHost(), base.getPort());
            this.requests = requests;
        }

        /** Sends query {@code i}'s requests one after another; nanoseconds from first sent to last answered, or -1. */
        long time(int i) throws IOException {
            long start = System.nanoTime();
            try {
                for (byte[] request : requests.get(i)) {
                    if (exchange(request) != 200) {
                        errors++;
                        return -1;
                    }
                }
            } catch (IOException e) {
                errors++;
                close();
                return -1;
            }
            return System.nanoTime() - start;
        }

        private int exchange(byte[] request) throws IOException {
            if (channel == null) {
                channel = SocketChannel.open(address);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            }
            ByteBuffer out = ByteBuffer.wrap(request);
            while (out.hasRemaining()) {
                channel.write(out);
            }
            reader.reset();
            while (true) {
                in.clear();
                if (channel.read(in) < 0) {
                    throw new IOException("connection closed by the server");
                }
                in.flip();
                if (reader.feed(in)) {
                    return reader.status;
                }
            }
        }

        @Override
        public void close() {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // a broken connection, opened again on the next request
                }
                channel = null;
            }
        }
    }
}
