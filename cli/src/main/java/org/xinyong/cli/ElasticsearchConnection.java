package org.xinyong.cli;

import org.xinyong.core.es.ElasticsearchSettings;
import org.xinyong.core.es.EsClients;
import org.xinyong.core.settings.Config;
import org.xinyong.es.EmbeddedElasticsearch;
import org.xinyong.es.EmbeddedSettings;

/**
 * Elasticsearch for a command: the cluster at ES_URL, or the embedded server of the data home
 * (started if needed, reused if running). Closing stops the embedded server if we started it.
 */
final class ElasticsearchConnection implements AutoCloseable {
    private final EsClients clients;
    private final ElasticsearchSettings settings;
    private final EmbeddedElasticsearch embedded;

    private ElasticsearchConnection(EsClients clients, ElasticsearchSettings settings, EmbeddedElasticsearch embedded) {
        this.clients = clients;
        this.settings = settings;
        this.embedded = embedded;
    }

    static ElasticsearchConnection open(Config config) {
        ElasticsearchSettings settings = ElasticsearchSettings.from(config);
        EmbeddedElasticsearch embedded = null;
        if (settings.embedded()) {
            embedded = EmbeddedElasticsearch.start(EmbeddedSettings.from(config));
            settings = settings.withUrl(embedded.url());
        }
        return new ElasticsearchConnection(EsClients.connect(settings), settings, embedded);
    }

    EsClients clients() {
        return clients;
    }

    ElasticsearchSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        clients.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
