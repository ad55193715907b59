package org.xinyong.bench;

import io.vertx.core.Vertx;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.xinyong.api.ApiServer;
import org.xinyong.api.ApiServices;
import org.xinyong.api.ApiSettings;
import org.xinyong.api.support.ProcessScheduling;
import org.xinyong.api.Backend;
import org.xinyong.api.es.VertxElasticsearch;
import org.xinyong.api.ops.Metrics;
import org.xinyong.api.reports.ReportService;
import org.xinyong.api.security.ApiKeys;
import org.xinyong.api.security.AuditLog;
import org.xinyong.core.es.IndexNames;
import org.xinyong.core.json.Json;
import org.xinyong.core.privacy.IdHasher;
import org.xinyong.core.settings.Config;
import org.xinyong.report.ReportSettings;

/**
 * The real HTTP server on the benchmark indexes, wired as {@code ./xinyong serve} wires it, on a
 * free loopback port. One bank key is configured for the check benchmark.
 */
final class BenchServer implements AutoCloseable {
    /** A throw-away bank key: the server only knows its SHA-256. */
    static final String BANK_KEY = "bench-bank-key-4e1f9a";

    final ApiServer server;
    final Metrics metrics;
    private final Vertx vertx;
    private final AuditLog audit;

    private BenchServer(ApiServer server, Metrics metrics, Vertx vertx, AuditLog audit) {
        this.server = server;
        this.metrics = metrics;
        this.vertx = vertx;
        this.audit = audit;
    }

    /** @param settings e.g. {@code xinyong.cache.max.entries=0} for an uncached server */
    static BenchServer start(Bench bench, Map<String, String> settings) {
        Map<String, String> flags = new HashMap<>(Map.of("xinyong.port", "0", "xinyong.host", "127.0.0.1",
                // a benchmark is one client address sending tens of thousands of requests a second
                "xinyong.api.anonymous.requests.per.minute", "1000000000"));
        flags.putAll(settings);
        Config config = bench.config.with(flags);
        ApiSettings api = ApiSettings.from(config);
        Metrics metrics = new Metrics();
        Vertx vertx = Vertx.vertx();
        Backend backend = new Backend(bench.es, VertxElasticsearch.connect(vertx, bench.settings),
                new IndexNames(Bench.PREFIX), Json.newMapper(),
                new IdHasher(config.string("xinyong.id.pepper")), Clock.systemUTC(), metrics);
        AuditLog audit = new AuditLog(bench.home.resolve("audit"), backend.mapper(), backend.clock());
        ApiKeys keys = ApiKeys.load(null, ApiKeys.sha256(BANK_KEY) + " bank bench-bank");
        ApiServer server = ApiServer.start(vertx, api, backend,
                new ApiServices(keys, audit, ReportService.create(ReportSettings.from(config), backend.clock()))).await();
        if (api.batchScheduling()) {
            // as `serve` does; this JVM's load generators then start with the default policy (Bench.command)
            ProcessScheduling.batch();
        }
        return new BenchServer(server, metrics, vertx, audit);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The server's own latency histogram for {@code route} as (upper bound in ms → share at or below). */
    String histogram(String route) {
        StringBuilder out = new StringBuilder();
        long total = 0;
        Map<String, Long> buckets = new java.util.LinkedHashMap<>();
        for (String line : metrics.prometheus().split("\n")) {
            String prefix = "xinyong_http_request_duration_seconds_bucket{route=\"" + route + "\",le=\"";
            if (line.startsWith(prefix)) {
                String le = line.substring(prefix.length(), line.indexOf('"', prefix.length()));
                long n = Long.parseLong(line.substring(line.lastIndexOf(' ') + 1));
                buckets.put(le, n);
                if (le.equals("+Inf")) {
                    total = n;
                }
            }
        }
        for (var e : buckets.entrySet()) {
            if (e.getKey().equals("+Inf") || Double.parseDouble(e.getKey()) > 0.05) {
                continue;
            }
            out.append(String.format("≤%sms %.1f%%  ", trim(Double.parseDouble(e.getKey()) * 1000),
                    total == 0 ? 0 : 100.0 * e.getValue() / total));
        }
        return out.append("(n=").append(total).append(")").toString();
    }

    private static String trim(double ms) {
        return ms == Math.rint(ms) ? String.valueOf((long) ms) : String.valueOf(ms);
    }

    @Override
    public void close() {
        server.close();
        vertx.close().await();
        audit.close();
    }
}
