package org.xinyong.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.xinyong.core.es.ElasticsearchSettings;
import org.xinyong.core.es.EsClients;
import org.xinyong.core.json.Json;
import org.xinyong.core.settings.Config;
import org.xinyong.es.EmbeddedElasticsearch;
import org.xinyong.es.EmbeddedSettings;

/**
 * What every benchmark program shares: a data home of its own (never the service's), the embedded
 * Elasticsearch of that home, the machine's load, and percentiles. Benchmarks print; they never
 * assert (see BENCHMARKS.md).
 */
final class Bench implements AutoCloseable {
    /** Where the benchmarks keep their Elasticsearch and feeds: XINYONG_HOME, else this. */
    static final String DEFAULT_HOME = "/var/lib/xinyong-bench";
    /** The index prefix IndexerBenchmark loads and the API and check benchmarks read. */
    static final String PREFIX = "bench";

    final Config config;
    final Path home;
    final EmbeddedElasticsearch embedded;
    /** How to reach that Elasticsearch, for clients of their own (the server's Vert.x one). */
    final ElasticsearchSettings settings;
    final EsClients es;

    private Bench(Config config, Path home, EmbeddedElasticsearch embedded, ElasticsearchSettings settings) {
        this.config = config;
        this.home = home;
        this.embedded = embedded;
        this.settings = settings;
        this.es = EsClients.connect(settings);
    }

    /** Starts (or reuses) the embedded Elasticsearch of the benchmark home. */
    static Bench start(Map<String, String> extra) {
        Map<String, String> flags = new HashMap<>();
        flags.put("xinyong.home", home().toString());
        flags.putAll(extra);
        Config config = Config.load(flags);
        EmbeddedSettings settings = EmbeddedSettings.from(config);
        long t0 = System.nanoTime();
        EmbeddedElasticsearch embedded = EmbeddedElasticsearch.start(settings);
        ElasticsearchSettings connection = ElasticsearchSettings.from(config).withUrl(embedded.url());
        System.out.printf("Elasticsearch at %s (%s, heap %s) in %.1f s%n", embedded.url(),
                embedded.ownsServer() ? "started" : "reused", settings.heap(), (System.nanoTime() - t0) / 1e9);
        return new Bench(config, home(), embedded, connection);
    }

    static Path home() {
        String env = System.getenv("XINYONG_HOME");
        Path home = Path.of(env == null || env.isBlank() ? DEFAULT_HOME : env);
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the benchmark home " + home + ": " + e.getMessage(), e);
        }
        return home;
    }

    /** The 1-, 5- and 15-minute load averages, as uptime prints them. */
    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static double load1() {
        try {
            return Double.parseDouble(load().split(" ")[0]);
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** One line saying when, where and under what load a measurement starts. */
    static void header(String what) {
        System.out.printf("%n== %s — %s UTC, %d cores, %.1f GiB, load average %s%n", what,
                Instant.now().toString().substring(0, 19).replace('T', ' '), Runtime.getRuntime().availableProcessors(),
                memoryGiB(), load());
    }

    static double memoryGiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        return -1;
    }

    /**
     * Waits until Elasticsearch has no merges running (a load leaves merges behind that would steal
     * CPU from the next measurement), at most {@code maxSeconds}.
     */
    void awaitQuiet(int maxSeconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        int quiet = 0;
        while (System.nanoTime() < deadline && quiet < 3) {
            Response r = es.rest().performRequest(new Request("GET", "/_nodes/stats/indices/merge,indexing"));
            var stats = Json.newMapper().readTree(r.getEntity().getContent()).path("nodes").elements().next();
            long merges = stats.path("indices").path("merges").path("current").asLong();
            quiet = merges == 0 ? quiet + 1 : 0;
            Thread.sleep(1_000);
        }
    }

    /** CPU seconds Elasticsearch has used so far (its own process statistics). */
    double esCpuSeconds() throws IOException {
        Response r = es.rest().performRequest(new Request("GET", "/_nodes/_local/stats/process"));
        var node = Json.newMapper().readTree(r.getEntity().getContent()).path("nodes").elements().next();
        return node.path("process").path("cpu").path("total_in_millis").asLong() / 1000.0;
    }

    /** CPU seconds this JVM has used so far. */
    static double ownCpuSeconds() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : Double.NaN;
    }

    /**
     * CPU seconds, from {@code /proc}: what Elasticsearch (the server of this home) and this
     * JVM's finished child processes (wrk) have used so far. With this JVM's own time they say
     * where a round's CPU went; NaN where {@code /proc} is not there.
     */
    record CpuClock(double elasticsearch, double children) {
        private static final double TICKS_PER_SECOND = 100;   // USER_HZ on Linux

        static CpuClock now(Path home) {
            return new CpuClock(elasticsearchSeconds(home), childrenSeconds());
        }

        CpuClock since(CpuClock before) {
            return new CpuClock(elasticsearch - before.elasticsearch, children - before.children);
        }

        private static double elasticsearchSeconds(Path home) {
            String marker = "-Des.path.home=" + home.resolve("es");
            try (var processes = Files.list(Path.of("/proc"))) {
                for (Path proc : (Iterable<Path>) processes::iterator) {
                    if (!proc.getFileName().toString().chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    try {
                        String cmdline = Files.readString(proc.resolve("cmdline")).replace('\0', ' ');
                        if (cmdline.contains(marker) && cmdline.contains("org.elasticsearch.bootstrap.Elasticsearch")) {
                            return statSeconds(proc.resolve("stat"), 14, 15);   // utime, stime
                        }
                    } catch (IOException gone) {
                        // a process that ended while we looked
                    }
                }
            } catch (IOException e) {
                return Double.NaN;
            }
            return Double.NaN;
        }

        private static double childrenSeconds() {
            try {
                return statSeconds(Path.of("/proc/self/stat"), 16, 17);   // cutime, cstime
            } catch (IOException e) {
                return Double.NaN;
            }
        }

        /** Two tick fields of a stat line, numbered as in proc(5); read after the command name (which may hold spaces). */
        private static double statSeconds(Path stat, int first, int second) throws IOException {
            String line = Files.readString(stat);
            String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");   // f[0] is field 3
            return (Long.parseLong(f[first - 3]) + Long.parseLong(f[second - 3])) / TICKS_PER_SECOND;
        }
    }

    /**
     * A load generator's command, started under the default scheduling policy: the API's servers
     * may put this JVM under SCHED_BATCH ({@code ProcessScheduling}), which its children would inherit,
     * and a generator must drive the API and Elasticsearch direct alike.
     */
    static List<String> command(List<String> command) {
        boolean chrt = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "chrt")));
        if (!chrt) {
            return command;
        }
        List<String> withPolicy = new ArrayList<>(List.of("chrt", "--other", "0"));
        withPolicy.addAll(command);
        return withPolicy;
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** Like {@link #spread} with two decimals: for ratios and small differences. */
    static String spread2(double[] values) {
        return spread(values, 2);
    }

    static String spread(double[] values) {
        return spread(values, 1);
    }

    private static String spread(double[] values, int decimals) {
        double[] v = values.clone();
        Arrays.sort(v);
        String f = "%." + decimals + "f";
        return String.format("median " + f + ", min " + f + ", max " + f + " (n=%d)", median(v), v[0], v[v.length - 1], v.length);
    }

    @Override
    public void close() {
        es.close();
        embedded.close();
    }
}
