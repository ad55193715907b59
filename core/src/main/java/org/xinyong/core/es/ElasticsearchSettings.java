package org.xinyong.core.es;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.xinyong.core.settings.Config;
import org.xinyong.core.settings.SettingsException;

/**
 * How to reach Elasticsearch. With {@code url} empty the embedded server of the data home is
 * used; otherwise an external cluster, with an API key or a user and password, and optionally a
 * CA certificate (PEM) for its TLS.
 */
public record ElasticsearchSettings(Optional<URI> url, String apiKey, String username, String password,
                                    Optional<Path> caCert, String indexPrefix) {

    public ElasticsearchSettings {
        if (!indexPrefix.matches("[a-z0-9][a-z0-9_-]{0,40}")) {
            throw new SettingsException("xinyong.index.prefix was '" + indexPrefix
                    + "'; use lower-case letters, digits, '-' and '_' (at most 41 characters)");
        }
        if (apiKey != null && username != null) {
            throw new SettingsException("set either ES_API_KEY or ES_USERNAME/ES_PASSWORD, not both");
        }
        if (username != null && password == null) {
            throw new SettingsException("ES_USERNAME is set but ES_PASSWORD is not");
        }
    }

    public static ElasticsearchSettings from(Config config) {
        Optional<URI> url = config.find("es.url").map(u -> {
            try {
                URI uri = URI.create(u);
                if (uri.getScheme() == null || uri.getHost() == null) {
                    throw new IllegalArgumentException();
                }
                return uri;
            } catch (IllegalArgumentException e) {
                throw new SettingsException("ES_URL was '" + u + "'; use a URL like https://es.example:9200");
            }
        });
        return new ElasticsearchSettings(url,
                config.find("es.api.key").orElse(null),
                config.find("es.username").orElse(null),
                config.find("es.password").orElse(null),
                config.find("es.ca.cert").map(Path::of),
                config.string("xinyong.index.prefix"));
    }

    public boolean embedded() {
        return url.isEmpty();
    }

    public ElasticsearchSettings withUrl(URI uri) {
        return new ElasticsearchSettings(Optional.of(uri), apiKey, username, password, caCert, indexPrefix);
    }

    public ElasticsearchSettings withIndexPrefix(String prefix) {
        return new ElasticsearchSettings(url, apiKey, username, password, caCert, prefix);
    }

    /** Secrets never reach a log line. */
    @Override
    public String toString() {
        return "ElasticsearchSettings[url=" + url.map(URI::toString).orElse("(embedded)")
                + ", apiKey=" + (apiKey == null ? "none" : "***")
                + ", username=" + username + ", password=" + (password == null ? "none" : "***")
                + ", caCert=" + caCert.map(Path::toString).orElse("none") + ", indexPrefix=" + indexPrefix + "]";
    }
}
