package org.xinyong.core.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

/**
 * Indexes that are never rebuilt (meta, journal, workflow, report registry): created once with
 * their mapping, one shard, no replicas (a single node has nowhere to put one). Safe to call from
 * several processes at once: losing the creation race is not an error.
 */
public final class PlainIndexes {
    private PlainIndexes() {
    }

    public static void ensure(ElasticsearchClient client, String index, String mappingJson) {
        try {
            if (!client.indices().exists(e -> e.index(index)).value()) {
                client.indices().create(c -> c.index(index)
                        .settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
                        .mappings(m -> m.withJson(new StringReader(mappingJson))));
            }
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
