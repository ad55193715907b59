package org.xinyong.api;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.xinyong.core.es.EsClients;
import org.xinyong.core.es.IndexNames;
import org.xinyong.api.ops.Metrics;
import org.xinyong.core.privacy.IdHasher;

/**
 * What the routes need from the outside world: Elasticsearch, index names, JSON, the ID hasher
 * (to find a person by a full ID number without storing it), and a clock.
 *
 * @param es    the shared clients of the process, for blocking calls on worker threads only
 * @param async the event loop's client ({@code org.xinyong.api.es.VertxElasticsearch}): its
 *              futures complete on the calling event loop, so handlers use this one
 */
public record Backend(EsClients es, ElasticsearchAsyncClient async, IndexNames names, ObjectMapper mapper,
                      IdHasher idHasher, Clock clock, Metrics metrics) {
}
