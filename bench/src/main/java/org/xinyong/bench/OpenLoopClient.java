package org.xinyong.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load generator, run as a child JVM by ApiBenchmark: sends GET requests at a fixed
 * rate whatever the answers do, and measures each latency from the time the request was
 * <em>scheduled</em>, so a slow server is charged for the requests it delays (no coordinated
 * omission, unlike closed-loop tools such as wrk).
 *
 * <p>Usage: {@code OpenLoopClient BASE_URL PATHS_FILE RATE_PER_S SECONDS [WARMUP_SECONDS=5]};
 * prints one {@code OPEN ...} line with the percentiles in microseconds.
 */
public final class OpenLoopClient {
    private OpenLoopClient() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String> paths = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        double rate = Double.parseDouble(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(2)).connectTimeout(Duration.ofSeconds(5)).build();
        if (warmup > 0) {
            run(http, base, paths, rate, warmup, 0);
        }
        Result r = run(http, base, paths, rate, seconds, 7919);
        long[] lat = r.latencies;
        Arrays.sort(lat);
        System.out.printf("OPEN rate=%.0f sent=%d ok=%d errors=%d cache_hits=%d achieved_rps=%.1f p50_us=%.0f "
                        + "p90_us=%.0f p99_us=%.0f p999_us=%.0f max_us=%.0f%n", rate, r.sent, lat.length, r.errors,
                r.cacheHits, lat.length / (seconds * 1.0), Bench.percentile(lat, 50) / 1e3, Bench.percentile(lat, 90) / 1e3,
                Bench.percentile(lat, 99) / 1e3, Bench.percentile(lat, 99.9) / 1e3,
                lat.length == 0 ? Double.NaN : lat[lat.length - 1] / 1e3);
        System.exit(0);
    }

    private record Result(long sent, long errors, long cacheHits, long[] latencies) {
    }

    private static Result run(HttpClient http, String base, List<String> paths, double rate, int seconds, int offset)
            throws Exception {
        long interval = (long) (1e9 / rate);
        long total = (long) (rate * seconds);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong hits = new AtomicLong();
        CompletableFuture<?>[] all = new CompletableFuture<?>[(int) total];
        long start = System.nanoTime() + 10_000_000;
        for (int i = 0; i < total; i++) {
            long scheduled = start + i * interval;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + paths.get((offset + i) % paths.size())))
                    .timeout(Duration.ofSeconds(30)).GET().build();
            all[i] = http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                long done = System.nanoTime();
                if (failure != null || response.statusCode() != 200) {
                    errors.incrementAndGet();
                    return;
                }
                if (response.headers().firstValue("X-Cache").filter("HIT"::equals).isPresent()) {
                    hits.incrementAndGet();
                }
                latencies.add(done - scheduled);
            });
        }
        try {
            CompletableFuture.allOf(all).exceptionally(t -> null).get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            // an overloaded server: what has not answered 30 s after the last send counts as an error
        }
        long answered = latencies.size();
        return new Result(total, errors.get() + (total - answered - errors.get()), hits.get(),
                latencies.stream().mapToLong(Long::longValue).toArray());
    }
}
