package org.xinyong.api.es;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.net.PemTrustOptions;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.xinyong.core.es.ElasticsearchSettings;
import org.xinyong.core.json.Json;
import org.xinyong.core.settings.SettingsException;

/**
 * The typed async Elasticsearch client of the HTTP server, on the server's Vert.x: its requests go
 * out and come back on the calling event loop (see {@link VertxHttpClient}). Connects as
 * {@code EsClients} does (same URL, credentials, CA and JSON mapper) with the same limits; the
 * clients close with their Vert.x instance.
 */
public final class VertxElasticsearch {
    /**
     * Connections per event loop, as many as EsClients allows in all: the server (one instance, no
     * verticles) answers on one event loop, so in practice the API keeps these 64.
     */
    static final int POOL_SIZE = 64;
    static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    /** As EsClients' socket timeout: a large counterparty check may take Elasticsearch that long. */
    static final long REQUEST_IDLE_TIMEOUT_MILLIS = 120_000;
    /** An unused connection is closed after this long, before a proxy or the server drops it unseen. */
    static final int KEEP_ALIVE_SECONDS = 30;

    private VertxElasticsearch() {
    }

    /** The client for {@code settings}, whose URL must be resolved (the embedded server's, or ES_URL). */
    public static ElasticsearchAsyncClient connect(Vertx vertx, ElasticsearchSettings settings) {
        return connect(vertx, settings, REQUEST_IDLE_TIMEOUT_MILLIS);
    }

    /** @param idleTimeoutMillis shorter in tests, which cannot wait two minutes for a timeout */
    static ElasticsearchAsyncClient connect(Vertx vertx, ElasticsearchSettings settings, long idleTimeoutMillis) {
        URI url = settings.url().orElseThrow(() -> new IllegalStateException("no Elasticsearch URL resolved yet"));
        EventLoopHttpClients clients = new EventLoopHttpClients(vertx, options(url, settings),
                new PoolOptions().setHttp1MaxSize(POOL_SIZE));
        VertxHttpClient http = new VertxHttpClient(clients, url, authorization(settings), idleTimeoutMillis);
        return new ElasticsearchAsyncClient(new VertxTransport(http, new JacksonJsonpMapper(Json.newMapper())));
    }

    private static HttpClientOptions options(URI url, ElasticsearchSettings settings) {
        boolean tls = "https".equals(url.getScheme());
        HttpClientOptions options = new HttpClientOptions()
                .setDefaultHost(url.getHost())
                .setDefaultPort(url.getPort() > 0 ? url.getPort() : tls ? 443 : 9200)
                .setSsl(tls)
                .setConnectTimeout(CONNECT_TIMEOUT_MILLIS)
                .setKeepAlive(true)
                .setKeepAliveTimeout(KEEP_ALIVE_SECONDS);
        settings.caCert().ifPresent(pem -> options.setTrustOptions(new PemTrustOptions().addCertValue(read(pem))));
        return options;
    }

    /** Preemptive, as the server asks for credentials on every request anyway. */
    static Map<String, String> authorization(ElasticsearchSettings settings) {
        if (settings.apiKey() != null) {
            return Map.of("Authorization", "ApiKey " + settings.apiKey());
        }
        if (settings.username() != null) {
            String pair = settings.username() + ":" + settings.password();
            return Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        return Map.of();
    }

    /** Read now, not at the first TLS handshake: on an event loop, and too late to tell the operator. */
    private static Buffer read(Path pem) {
        try {
            return Buffer.buffer(Files.readAllBytes(pem));
        } catch (IOException e) {
            throw new SettingsException("ES_CA_CERT " + pem + " is not readable: " + e.getMessage());
        }
    }
}
