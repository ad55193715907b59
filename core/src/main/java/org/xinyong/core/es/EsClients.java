package org.xinyong.core.es;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.instrumentation.NoopInstrumentation;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import org.xinyong.core.json.Json;
import org.xinyong.core.settings.SettingsException;

/**
 * The Elasticsearch clients of one process, sharing one HTTP connection pool: the low-level
 * {@link RestClient} (bulk NDJSON, health), the blocking client (CLI, indexer) and the async
 * client (the HTTP server's event loop must never block).
 */
public final class EsClients implements AutoCloseable {

    private final URI url;
    private final RestClient rest;
    private final ElasticsearchTransport transport;
    private final ElasticsearchClient client;
    private final ElasticsearchAsyncClient async;

    private EsClients(URI url, RestClient rest) {
        this.url = url;
        this.rest = rest;
        // no OpenTelemetry instrumentation: we configure no SDK, so its spans went nowhere, yet it
        // URL-encoded every request's path and parameters for them (the API's transport likewise)
        this.transport = new RestClientTransport(rest, new JacksonJsonpMapper(Json.newMapper()), null,
                NoopInstrumentation.INSTANCE);
        this.client = new ElasticsearchClient(transport);
        this.async = new ElasticsearchAsyncClient(transport);
    }

    /** Clients for {@code settings}, whose URL must be resolved (the embedded server's, or ES_URL). */
    public static EsClients connect(ElasticsearchSettings settings) {
        URI url = settings.url().orElseThrow(() -> new IllegalStateException("no Elasticsearch URL resolved yet"));
        RestClientBuilder builder = RestClient.builder(new HttpHost(url.getHost(), port(url), url.getScheme()));
        if (url.getPath() != null && url.getPath().length() > 1) {
            builder.setPathPrefix(url.getPath());
        }
        if (settings.apiKey() != null) {
            builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "ApiKey " + settings.apiKey())});
        }
        SSLContext ssl = settings.caCert().map(EsClients::sslContextTrusting).orElse(null);
        BasicCredentialsProvider credentials = null;
        if (settings.username() != null) {
            credentials = new BasicCredentialsProvider();
            credentials.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(settings.username(), settings.password()));
        }
        BasicCredentialsProvider finalCredentials = credentials;
        builder.setHttpClientConfigCallback(http -> {
            if (ssl != null) {
                http.setSSLContext(ssl);
            }
            if (finalCredentials != null) {
                http.setDefaultCredentialsProvider(finalCredentials);
            }
            // enough connections for the API under load; the defaults (10 per route) throttle it
            return http.setMaxConnTotal(64).setMaxConnPerRoute(64);
        });
        builder.setRequestConfigCallback(rc -> rc.setConnectTimeout(5_000).setSocketTimeout(120_000));
        return new EsClients(url, builder.build());
    }

    private static int port(URI url) {
        if (url.getPort() > 0) {
            return url.getPort();
        }
        return "https".equals(url.getScheme()) ? 443 : 9200;
    }

    private static SSLContext sslContextTrusting(java.nio.file.Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            Certificate ca = CertificateFactory.getInstance("X.509").generateCertificate(in);
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("es-ca", ca);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new SettingsException("ES_CA_CERT " + pem + " is not a readable PEM certificate: " + e.getMessage());
        }
    }

    public URI url() {
        return url;
    }

    public RestClient rest() {
        return rest;
    }

    public ElasticsearchClient client() {
        return client;
    }

    public ElasticsearchAsyncClient async() {
        return async;
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (IOException e) {
            // closing a pool of idle connections; nothing to recover
        }
    }
}
