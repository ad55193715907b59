package org.xinyong.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.xinyong.core.es.EsClients;
import org.xinyong.core.es.IndexNames;
import org.xinyong.api.ops.Metrics;
import org.xinyong.core.privacy.IdHasher;

/**
 * What the routes need from the outside world: Elasticsearch, index names, JSON, the ID hasher
 * (to find a person by a full ID number without storing it), and a clock.
 */
public record Backend(EsClients es, IndexNames names, ObjectMapper mapper, IdHasher idHasher, Clock clock, Metrics metrics) {
}
