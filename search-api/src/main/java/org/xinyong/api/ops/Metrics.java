package org.xinyong.api.ops;

import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The service's metrics in Prometheus text format: request latency by route, responses by route
 * and status, Elasticsearch round-trip latency by operation, cache hit rates, and counts kept
 * elsewhere (audit lines not written).
 */
public final class Metrics {
    private final Map<String, Histogram> requests = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> responses = new ConcurrentHashMap<>();
    private final Map<String, Histogram> elasticsearch = new ConcurrentHashMap<>();
    private final Map<String, Supplier<CacheStats>> caches = new ConcurrentHashMap<>();
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    /** A count kept elsewhere, read when scraped. */
    private record Counter(String help, LongSupplier value) {
    }

    public void request(String route, int status, long nanos) {
        requests.computeIfAbsent(route, r -> new Histogram()).observe(nanos / 1e9);
        responses.computeIfAbsent(route + "\u0000" + status, k -> new LongAdder()).increment();
    }

    public void elasticsearch(String operation, long nanos) {
        elasticsearch.computeIfAbsent(operation, o -> new Histogram()).observe(nanos / 1e9);
    }

    public void cache(String name, Supplier<CacheStats> stats) {
        caches.put(name, stats);
    }

    /** @param name a Prometheus name ending in {@code _total} */
    public void counter(String name, String help, LongSupplier value) {
        counters.put(name, new Counter(help, value));
    }

    public String prometheus() {
        StringBuilder out = new StringBuilder(8_192);
        out.append("# HELP xinyong_http_request_duration_seconds Time to answer an HTTP request, by route.\n");
        out.append("# TYPE xinyong_http_request_duration_seconds histogram\n");
        requests.forEach((route, h) -> h.write(out, "xinyong_http_request_duration_seconds", "route=\"" + route + "\""));
        out.append("# HELP xinyong_http_responses_total Responses by route and status.\n");
        out.append("# TYPE xinyong_http_responses_total counter\n");
        responses.forEach((key, n) -> {
            String[] parts = key.split("\u0000");
            out.append("xinyong_http_responses_total{route=\"").append(parts[0]).append("\",status=\"").append(parts[1])
                    .append("\"} ").append(n.sum()).append('\n');
        });
        out.append("# HELP xinyong_elasticsearch_duration_seconds Round trip of Elasticsearch calls, by operation.\n");
        out.append("# TYPE xinyong_elasticsearch_duration_seconds histogram\n");
        elasticsearch.forEach((op, h) -> h.write(out, "xinyong_elasticsearch_duration_seconds", "operation=\"" + op + "\""));
        out.append("# HELP xinyong_cache_requests_total Cache lookups by cache and result.\n");
        out.append("# TYPE xinyong_cache_requests_total counter\n");
        out.append("# HELP xinyong_cache_hit_ratio Share of cache lookups answered from the cache.\n");
        out.append("# TYPE xinyong_cache_hit_ratio gauge\n");
        caches.forEach((name, stats) -> {
            CacheStats s = stats.get();
            out.append("xinyong_cache_requests_total{cache=\"").append(name).append("\",result=\"hit\"} ").append(s.hitCount()).append('\n');
            out.append("xinyong_cache_requests_total{cache=\"").append(name).append("\",result=\"miss\"} ").append(s.missCount()).append('\n');
            out.append("xinyong_cache_hit_ratio{cache=\"").append(name).append("\"} ").append(s.hitRate()).append('\n');
        });
        counters.forEach((name, counter) -> out.append("# HELP ").append(name).append(' ').append(counter.help()).append('\n')
                .append("# TYPE ").append(name).append(" counter\n")
                .append(name).append(' ').append(counter.value().getAsLong()).append('\n'));
        return out.toString();
    }
}
