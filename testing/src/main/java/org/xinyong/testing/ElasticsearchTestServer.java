package org.xinyong.testing;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinyong.core.es.ElasticsearchSettings;
import org.xinyong.core.es.EsClients;
import org.xinyong.core.settings.Config;
import org.xinyong.core.settings.Homes;
import org.xinyong.es.EmbeddedElasticsearch;
import org.xinyong.es.EmbeddedSettings;

/**
 * One real Elasticsearch per test JVM, in the spirit of elasticsearch-java's
 * {@code ElasticsearchTestServer}: {@code ES_URL} if set (a cluster with our plugin installed);
 * else a Testcontainers container where a Docker engine answers; else our embedded launcher,
 * in a test home of its own. Each test class works under its own index prefix.
 */
public final class ElasticsearchTestServer {
    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchTestServer.class);
    private static ElasticsearchTestServer global;

    private final Config config;
    private final ElasticsearchSettings settings;
    private final EsClients clients;
    private final String kind;
    private final AutoCloseable server;

    private ElasticsearchTestServer(Config config, ElasticsearchSettings settings, String kind, AutoCloseable server) {
        this.config = config;
        this.settings = settings;
        this.clients = EsClients.connect(settings);
        this.kind = kind;
        this.server = server;
    }

    /** The server of this JVM, started on first use and stopped when the JVM exits. */
    public static synchronized ElasticsearchTestServer global() {
        if (global == null) {
            global = start();
            ElasticsearchTestServer started = global;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "es-test-server-stop"));
        }
        return global;
    }

    private static ElasticsearchTestServer start() {
        Config config = Config.load(Map.of());
        ElasticsearchSettings base = ElasticsearchSettings.from(config);
        if (base.url().isPresent()) {
            LOG.info("Tests use the Elasticsearch at ES_URL {}", base.url().get());
            return new ElasticsearchTestServer(config, base, "ES_URL", () -> { });
        }
        if (DockerSupport.dockerAvailable()) {
            ElasticsearchContainerServer container = ElasticsearchContainerServer.start(EmbeddedElasticsearch.analysisPluginZip());
            return new ElasticsearchTestServer(config, base.withUrl(container.url()), "testcontainers", container);
        }
        LOG.info("No ES_URL and no Docker engine: tests use the embedded Elasticsearch");
        Config testConfig = config.with(Map.of("xinyong.home", testHome(config).toString()));
        EmbeddedElasticsearch embedded = EmbeddedElasticsearch.start(EmbeddedSettings.from(testConfig));
        return new ElasticsearchTestServer(testConfig, base.withUrl(embedded.url()), "embedded", embedded);
    }

    /** A home apart from the user's own, so tests never touch the data of a running service. */
    private static Path testHome(Config config) {
        return config.find("xinyong.test.home").map(Path::of)
                .orElseGet(() -> Path.of(Homes.defaultHome() + "-test"));
    }

    public URI url() {
        return settings.url().orElseThrow();
    }

    /** "ES_URL", "testcontainers" or "embedded". */
    public String kind() {
        return kind;
    }

    public EsClients clients() {
        return clients;
    }

    /** The configuration tests build their settings from (with the test home when embedded). */
    public Config config() {
        return config;
    }

    /** Connection settings for one test class, under its own index prefix. */
    public ElasticsearchSettings settings(String indexPrefix) {
        return settings.withIndexPrefix(indexPrefix);
    }

    /** A fresh index prefix for a test class: lower-case, unique per run. */
    public static String uniquePrefix(Class<?> testClass) {
        String name = testClass.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return "t-" + name.substring(0, Math.min(name.length(), 24)) + "-"
                + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20, 1 << 24), 36);
    }

    /** Deletes every index and alias under {@code prefix}; test classes call it when done. */
    public void deleteIndexes(String prefix) {
        try {
            // Elasticsearch 8 refuses wildcard deletes (action.destructive_requires_name): name them
            List<String> names = clients.client().indices().get(g -> g.index(prefix + "-*").allowNoIndices(true)
                    .ignoreUnavailable(true)).result().keySet().stream().toList();
            if (!names.isEmpty()) {
                clients.client().indices().delete(d -> d.index(names).ignoreUnavailable(true));
            }
        } catch (IOException | ElasticsearchException e) {
            LOG.warn("could not delete test indexes {}-*: {}", prefix, e.getMessage());
        }
    }

    /** The test JVM's properties, for tests that build a Config of their own. */
    public static Properties systemProperties() {
        Properties p = new Properties();
        p.putAll(System.getProperties());
        return p;
    }

    private void close() {
        clients.close();
        try {
            server.close();
        } catch (Exception e) {
            LOG.warn("stopping the test Elasticsearch failed: {}", e.getMessage());
        }
    }
}
